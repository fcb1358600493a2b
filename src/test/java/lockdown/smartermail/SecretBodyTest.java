package lockdown.smartermail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The login body is valid JSON built from the typed characters, and wiped after use. */
class SecretBodyTest {

    @Test
    void anyPasswordBecomesValidJsonAndIsWipedAfterwards() throws Exception {
        String tricky = "p\"a\\ss\u0001wörd€😀";
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("username", "ad\"min");
        SecretBody body = SecretBody.of(plain, "password", tricky.toCharArray());
        JsonNode read = new ObjectMapper().readTree(new String(body.bytes(), StandardCharsets.UTF_8));
        assertThat(read.path("password").asText()).isEqualTo(tricky);
        assertThat(read.path("username").asText()).isEqualTo("ad\"min");
        assertThat(body.toString()).doesNotContain("wörd");
        body.wipe();
        assertThat(body.bytes()).containsOnly((byte) 0);
    }
}
