package lockdown.windows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import lockdown.core.LockdownException;
import lockdown.core.Msg;

/** Reads the JSON the PowerShell of {@link Commands#listRules} prints (values as text, not localized). */
public final class FirewallJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FirewallJson() {
    }

    public static List<FirewallRule> rules(String output, int port) {
        String t = output == null ? "" : output.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        JsonNode root;
        try {
            root = JSON.readTree(t);
        } catch (IOException e) {
            throw new LockdownException(Msg.of("windows.firewall-bad-json"), e);
        }
        List<FirewallRule> out = new ArrayList<>();
        for (JsonNode n : root.isArray() ? root : JSON.createArrayNode().add(root)) {
            out.add(new FirewallRule(n.path("name").asText(), port, n.path("action").asText().equalsIgnoreCase("Allow"),
                    n.path("remote").asText("Any"), n.path("enabled").asText().equalsIgnoreCase("True")));
        }
        return out;
    }
}
