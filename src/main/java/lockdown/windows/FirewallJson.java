package lockdown.windows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reads the rules {@link Scripts.Script#FIREWALL_READ} prints (values as text, not localized). */
public final class FirewallJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FirewallJson() {
    }

    public static List<FirewallRule> rules(JsonNode root, int port) {
        List<FirewallRule> out = new ArrayList<>();
        if (root == null || root.isNull() || root.isMissingNode()) {
            return out;
        }
        for (JsonNode n : root.isArray() ? root : JSON.createArrayNode().add(root)) {
            out.add(new FirewallRule(n.path("name").asText(), port, n.path("action").asText().equalsIgnoreCase("Allow"),
                    n.path("remote").asText("Any"), n.path("enabled").asText().equalsIgnoreCase("True")));
        }
        return out;
    }
}
