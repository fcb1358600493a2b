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
    @Unverified("the system administrator fields")
    private final ArrayNode admins = JSON.createArrayNode();
    @Unverified("the administrator login policy")
    private boolean requireTwoFactor;
    @Unverified("where and under which names the extension blacklists are kept")
    private final ObjectNode extensions = JSON.createObjectNode();
    private final ArrayNode idsBlocks = JSON.createArrayNode();

    SimState() {
        idsRules.add(rule("1", "DOS", "Smtp", 50, 5, 5, "Denial of service"));
        idsRules.add(rule("2", "Harvesting", "Smtp", 20, 5, 5, "Bad SMTP sessions"));
        idsRules.add(rule("3", "BruteForce", "Imap", 50, 10, 30, "Password brute force by protocol"));
        idsRules.add(rule("4", "LoginBruteForceByIp", "AuthUsers", 20, 10, 15, "Password brute force by IP"));
        idsRules.add(rule("5", "LoginBruteForceByEmail", "AuthUsers", 10, 10, 15, "Password brute force by email address"));
        idsRules.add(rule("6", "PasswordRetrievalBruteForce", "WebMail", 10, 30, 30, "Password retrieval brute force"));
        admins.add(admin("admin", "Primary administrator", true));
        admins.add(admin("backup-admin", "Second administrator", false));
        extensions.set("inbound", list("exe", "pif", "scr"));
        extensions.set("outbound", list());
        extensions.set("uploads", list("exe"));
        extensions.set("file-system", list("exe"));
        idsBlocks.add(block("198.51.100.23", "Smtp", "BruteForce", "Password brute force by protocol", 1200));
        idsBlocks.add(block("203.0.113.77", "WebMail", "LoginBruteForceByIp", "Password brute force by IP", 540));
    }

    private static ObjectNode admin(String user, String name, boolean primary) {
        ObjectNode a = JSON.createObjectNode();
        a.put("userName", user);
        a.put("displayName", name);
        a.put("isPrimary", primary);
        a.put("isEnabled", true);
        a.put("ipRestrictionsEnabled", false);
        a.putArray("ipRestrictions");
        a.put("twoFactorEnabled", false);
        return a;
    }

    private static ArrayNode list(String... items) {
        ArrayNode a = JSON.createArrayNode();
        for (String i : items) {
            a.add(i);
        }
        return a;
    }

    private static ObjectNode block(String ip, String service, String type, String rule, int seconds) {
        ObjectNode b = JSON.createObjectNode();
        b.put("count", 1);
        b.put("ip", ip);
        b.put("ipLocation", "");
        b.put("protocol", service.toUpperCase(java.util.Locale.ROOT));
        b.put("blockType", type);
        b.put("ruleDescription", rule);
        b.put("serviceType", service);
        b.put("secondsLeftOnBlock", seconds);
        return b;
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

    /** The system administrators, live (callers synchronize on this state). */
    synchronized ArrayNode admins() {
        return admins;
    }

    /** One administrator's entry, live; null when there is none. */
    public synchronized ObjectNode admin(String user) {
        for (com.fasterxml.jackson.databind.JsonNode n : admins) {
            if (n.path("userName").asText().equalsIgnoreCase(user)) {
                return (ObjectNode) n;
            }
        }
        return null;
    }

    public synchronized boolean requireTwoFactor() {
        return requireTwoFactor;
    }

    synchronized void requireTwoFactor(boolean value) {
        requireTwoFactor = value;
    }

    /** The extension lists by logical name (inbound, outbound, uploads, file-system), live. */
    public synchronized ObjectNode extensions() {
        return extensions;
    }

    synchronized ArrayNode idsBlocks() {
        return idsBlocks;
    }

    /** A copy of the current IDS blocks. */
    public synchronized ArrayNode blocks() {
        return idsBlocks.deepCopy();
    }

    synchronized ArrayNode list(boolean white) {
        return white ? whitelist : blacklist;
    }

    synchronized ArrayNode rules() {
        return idsRules;
    }
}
