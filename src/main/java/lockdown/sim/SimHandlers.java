package lockdown.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import lockdown.core.Cidr;
import lockdown.smartermail.Endpoint;
import lockdown.smartermail.EndpointCatalog;

/** The simulated server's answers to the settings endpoints, on {@link SimState}. */
final class SimHandlers {

    private final SimState state;
    private final EndpointCatalog catalog;
    private final SimAdminHandlers admins;
    private final SimSecurityHandlers security;

    SimHandlers(SimState state, EndpointCatalog catalog, java.util.function.BiConsumer<String, lockdown.core.Totp> onEnrolled) {
        this.state = state;
        this.catalog = catalog;
        this.admins = new SimAdminHandlers(state, catalog, onEnrolled);
        this.security = new SimSecurityHandlers(state, catalog);
    }

    Reply handle(Endpoint e, Map<String, String> params, JsonNode body) {
        String user = params.getOrDefault("username", "");
        return switch (e) {
            case LIST_IDS_BLOCKS -> security.blocks();
            case UNBLOCK_IPS -> security.unblock(body);
            case GET_EXTENSIONS -> security.extensions();
            case SET_EXTENSIONS -> security.setExtensions(body);
            case LIST_ADMINS -> admins.list();
            case SAVE_ADMIN -> admins.save(user, body);
            case ADMIN_2FA_SETUP -> admins.setup(user);
            case ADMIN_2FA_ENABLE -> admins.enable(user, body, java.time.Instant.now());
            case ADMIN_2FA_DISABLE -> admins.disable(user);
            case GET_ADMIN_SECURITY -> admins.security();
            case SET_ADMIN_SECURITY -> admins.setSecurity(body);
            case GET_VERSION -> version();
            case GET_SMTP_IN -> smtpIn();
            case SET_SMTP_IN -> setSmtpIn(body);
            case LIST_IP_ACCESS -> listIpAccess(params, body);
            case SAVE_IP_ACCESS -> saveIpAccess(body);
            case DELETE_IP_ACCESS -> deleteIpAccess(body);
            case LIST_IDS_RULES -> idsRules();
            case SAVE_IDS_RULE -> saveIdsRule(body);
            case AUTHENTICATE_USER, AUTHENTICATE_TWO_FACTOR, REFRESH_TOKEN -> throw new IllegalArgumentException(e.name());
        };
    }

    @Unverified("the name of the version field")
    private Reply version() {
        ObjectNode b = SimState.JSON.createObjectNode();
        b.put(catalog.entry(Endpoint.GET_VERSION).field("version"), state.version());
        return Reply.ok(b);
    }

    @Unverified("the whole smtp-in endpoint")
    private Reply smtpIn() {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.GET_SMTP_IN);
        ObjectNode b = SimState.JSON.createObjectNode();
        ObjectNode inner = b.putObject(e.field("wrapper"));
        inner.put(e.field("allowRelay"), state.allowRelay());
        inner.put("port", 25);
        return Reply.ok(b);
    }

    @Unverified("the whole smtp-in endpoint")
    private Reply setSmtpIn(JsonNode body) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.SET_SMTP_IN);
        JsonNode value = body.path(e.field("wrapper")).path(e.field("allowRelay"));
        if (value.isMissingNode()) {
            return Reply.ok();
        }
        if (e.logicalValue(value.asText()).isEmpty()) {
            return Reply.fail(400, "INVALID_INPUT");
        }
        state.allowRelay(e.value(e.logicalValue(value.asText()).get()));
        return Reply.ok();
    }

    private Reply listIpAccess(Map<String, String> params, JsonNode body) {
        boolean white = Boolean.parseBoolean(params.getOrDefault("isWhitelist", "true"));
        JsonNode search = body.path("searchParams");
        int skip = search.path("skip").asInt(0);
        int take = search.path("take").asInt(100);
        ObjectNode b = SimState.JSON.createObjectNode();
        ArrayNode page = b.putArray(catalog.entry(Endpoint.LIST_IP_ACCESS).field("list"));
        synchronized (state) {
            ArrayNode all = state.list(white);
            for (int i = skip; i < all.size() && i < skip + take; i++) {
                page.add(all.get(i).deepCopy());
            }
            b.put("totalCount", all.size());
        }
        return Reply.ok(b);
    }

    @Unverified("the names of the SMTP Auth Bypass and Brute Force flags")
    private Reply saveIpAccess(JsonNode body) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.SAVE_IP_ACCESS);
        String address = body.path("address").asText("");
        String canonical;
        try {
            canonical = Cidr.parse(address).toString();
        } catch (IllegalArgumentException bad) {
            return Reply.fail(400, "INVALID_IP_ADDRESS");
        }
        boolean white = e.value("WHITELIST").equalsIgnoreCase(body.path("dataType").asText()) || body.path("dataType").asInt(-1) == 0;
        ObjectNode row = SimState.JSON.createObjectNode();
        row.put("ip", canonical);
        row.put("description", body.path("description").asText(""));
        row.put(e.field("smtpAuthBypass"), body.path(e.field("smtpAuthBypass")).asBoolean(false));
        row.put(e.field("spamBypass"), body.path(e.field("spamBypass")).asBoolean(false));
        row.put(e.field("idsBypass"), body.path(e.field("idsBypass")).asBoolean(false));
        for (JsonNode s : body.path("serviceList")) {
            row.put(s.asText().toLowerCase(java.util.Locale.ROOT), true);
        }
        synchronized (state) {
            ArrayNode list = state.list(white);
            String old = body.hasNonNull("oldAddress") ? body.path("oldAddress").asText() : null;
            int at = index(list, old == null ? canonical : old);
            if (old != null && at < 0) {
                return Reply.fail(200, "IP_NOT_FOUND");
            }
            if (old == null && at >= 0) {
                return Reply.fail(200, "IP_ALREADY_EXISTS");
            }
            if (at >= 0) {
                list.set(at, row);
            } else {
                list.add(row);
            }
        }
        return Reply.ok();
    }

    private Reply deleteIpAccess(JsonNode body) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.DELETE_IP_ACCESS);
        boolean white = !body.has("dataType") || e.value("WHITELIST").equalsIgnoreCase(body.path("dataType").asText())
                || body.path("dataType").asInt(-1) == 0;
        String address = body.path("address").asText("");
        synchronized (state) {
            ArrayNode list = state.list(white);
            int at = index(list, address);
            if (at < 0) {
                return Reply.fail(200, "IP_NOT_FOUND");
            }
            list.remove(at);
        }
        return Reply.ok();
    }

    private static int index(ArrayNode list, String address) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).path("ip").asText().equals(address)) {
                return i;
            }
        }
        return -1;
    }

    @Unverified("the whole ids-rules endpoint")
    private Reply idsRules() {
        ObjectNode b = SimState.JSON.createObjectNode();
        b.set(catalog.entry(Endpoint.LIST_IDS_RULES).field("list"), state.idsRules());
        return Reply.ok(b);
    }

    @Unverified("the whole ids-rule endpoint")
    private Reply saveIdsRule(JsonNode body) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.SAVE_IDS_RULE);
        JsonNode rule = body.path(e.field("wrapper"));
        String id = rule.path(e.field("id")).asText("");
        int threshold = rule.path(e.field("threshold")).asInt(0);
        int timeFrame = rule.path(e.field("timeFrame")).asInt(0);
        int block = rule.path(e.field("blockTime")).asInt(0);
        if (threshold < 1 || timeFrame < 1 || block < 1) {
            return Reply.fail(400, "INVALID_INPUT");
        }
        synchronized (state) {
            for (JsonNode r : state.rules()) {
                if (r.path("id").asText().equals(id)) {
                    ObjectNode o = (ObjectNode) r;
                    o.put(e.field("threshold"), threshold);
                    o.put(e.field("timeFrame"), timeFrame);
                    o.put(e.field("blockTime"), block);
                    return Reply.ok();
                }
            }
        }
        return Reply.fail(200, "RULE_NOT_FOUND");
    }
}
