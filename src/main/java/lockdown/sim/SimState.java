package lockdown.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the simulated server holds, in its wire form. It starts as a fresh, badly configured
 * install: relay open to anyone, a relaxed brute-force rule, an empty whitelist, and a build
 * below 9511. Field names and values are the endpoint catalog's (see {@link Unverified}).
 */
public final class SimState {

    static final ObjectMapper JSON = new ObjectMapper();

    private String version = "100.0.9483.29410";
    @Unverified("the wire values of Allow Relay")
    private String allowRelay = "Anyone";
    private final ArrayNode whitelist = JSON.createArrayNode();
    private final ArrayNode blacklist = JSON.createArrayNode();
    @Unverified("IDS rule fields and type names")
    private final ArrayNode idsRules = JSON.createArrayNode();

    SimState() {
        idsRules.add(rule("1", "DOS", "Smtp", 50, 5, 5, "Denial of service"));
        idsRules.add(rule("2", "Harvesting", "Smtp", 20, 5, 5, "Bad SMTP sessions"));
        idsRules.add(rule("3", "BruteForce", "Imap", 50, 10, 30, "Password brute force by protocol"));
        idsRules.add(rule("4", "LoginBruteForceByIp", "AuthUsers", 20, 10, 15, "Password brute force by IP"));
        idsRules.add(rule("5", "LoginBruteForceByEmail", "AuthUsers", 10, 10, 15, "Password brute force by email address"));
        idsRules.add(rule("6", "PasswordRetrievalBruteForce", "WebMail", 10, 30, 30, "Password retrieval brute force"));
    }

    private static ObjectNode rule(String id, String type, String service, int threshold, int timeFrame, int block,
                                   String description) {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", id);
        r.put("type", type);
        r.put("service", service);
        r.put("action", "Block");
        r.put("threshold", threshold);
        r.put("timeFrameMinutes", timeFrame);
        r.put("blockTimeMinutes", block);
        r.put("description", description);
        r.put("enabled", true);
        r.put("isPermanent", true);
        return r;
    }

    public synchronized String version() {
        return version;
    }

    public synchronized void version(String v) {
        version = v;
    }

    public synchronized String allowRelay() {
        return allowRelay;
    }

    public synchronized void allowRelay(String wire) {
        allowRelay = wire;
    }

    /** A copy of the whitelist entries. */
    public synchronized ArrayNode whitelist() {
        return whitelist.deepCopy();
    }

    public synchronized ArrayNode idsRules() {
        return idsRules.deepCopy();
    }

    synchronized ArrayNode list(boolean white) {
        return white ? whitelist : blacklist;
    }

    synchronized ArrayNode rules() {
        return idsRules;
    }
}
