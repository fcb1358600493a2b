package lockdown.smartermail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The body a preview shows wraps between values: the same JSON as sent, with spaces where a line may break. */
class PreviewBodyTest {

    @Test
    void spacesAfterColonsAndCommasOnlyAndStillTheSameJson() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allowRelay", "Nobody");
        body.put("ips", List.of("198.51.100.7", "10.0.0.0/24"));
        body.put("empty", Map.of());
        String shown = ApiHttp.shown(body);
        assertThat(shown).isEqualTo("{ \"allowRelay\": \"Nobody\", \"ips\": [ \"198.51.100.7\", \"10.0.0.0/24\" ], \"empty\": {} }");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(shown)).isEqualTo(json.readTree(ApiHttp.write(body)));
        assertThat(shown).doesNotContain("\n");
    }
}
