package lockdown.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import lockdown.core.Cidr;
import lockdown.core.Totp;
import lockdown.smartermail.Endpoint;
import lockdown.smartermail.EndpointCatalog;

/**
 * The simulated server's system administrators: their IP restrictions and two-factor enrolment.
 * Every shape here is a placeholder ({@link Unverified}); enabling two-factor for an account also
 * makes its next login ask for a code, as on a real server.
 */
@Unverified("system administrator endpoints")
final class SimAdminHandlers {

    private final SimState state;
    private final EndpointCatalog catalog;
    private final BiConsumer<String, Totp> onEnrolled;
    private final Map<String, Totp> pending = new HashMap<>();

    SimAdminHandlers(SimState state, EndpointCatalog catalog, BiConsumer<String, Totp> onEnrolled) {
        this.state = state;
        this.catalog = catalog;
        this.onEnrolled = onEnrolled;
    }

    Reply list() {
        ObjectNode b = SimState.JSON.createObjectNode();
        synchronized (state) {
            b.set(catalog.entry(Endpoint.LIST_ADMINS).field("list"), state.admins().deepCopy());
        }
        return Reply.ok(b);
    }

    Reply save(String user, JsonNode body) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.SAVE_ADMIN);
        JsonNode inner = body.path(e.field("wrapper"));
        synchronized (state) {
            ObjectNode admin = state.admin(user);
            if (admin == null) {
                return Reply.fail(200, "USER_NOT_FOUND");
            }
            if (inner.has(e.field("restrictions"))) {
                ArrayNode rules = SimState.JSON.createArrayNode();
                for (JsonNode r : inner.path(e.field("restrictions"))) {
                    try {
                        Cidr.parse(r.path(e.field("address")).asText());
                    } catch (IllegalArgumentException bad) {
                        return Reply.fail(400, "INVALID_IP_ADDRESS");
                    }
                    ObjectNode rule = rules.addObject();
                    rule.put("ip", r.path(e.field("address")).asText());
                    rule.put("description", r.path(e.field("description")).asText(""));
                }
                admin.set("ipRestrictions", rules);
            }
            if (inner.has(e.field("restricted"))) {
                admin.put("ipRestrictionsEnabled", inner.path(e.field("restricted")).asBoolean());
            }
        }
        return Reply.ok();
    }

    Reply setup(String user) {
        if (state.admin(user) == null) {
            return Reply.fail(200, "USER_NOT_FOUND");
        }
        Totp totp = Totp.random();
        synchronized (pending) {
            pending.put(user.toLowerCase(java.util.Locale.ROOT), totp);
        }
        EndpointCatalog.Entry e = catalog.entry(Endpoint.ADMIN_2FA_SETUP);
        ObjectNode b = SimState.JSON.createObjectNode();
        b.put(e.field("secret"), totp.base32());
        b.put(e.field("uri"), totp.uri("SmarterMail", user));
        return Reply.ok(b);
    }

    Reply enable(String user, JsonNode body, Instant now) {
        Totp totp;
        synchronized (pending) {
            totp = pending.get(user.toLowerCase(java.util.Locale.ROOT));
        }
        if (totp == null) {
            return Reply.fail(200, "TWO_FACTOR_NOT_SET_UP");
        }
        if (!totp.verify(body.path(catalog.entry(Endpoint.ADMIN_2FA_ENABLE).field("code")).asText(""), now)) {
            return Reply.fail(200, "INVALID_TWO_FACTOR_CODE");
        }
        synchronized (pending) {
            pending.remove(user.toLowerCase(java.util.Locale.ROOT));
        }
        synchronized (state) {
            state.admin(user).put("twoFactorEnabled", true);
        }
        onEnrolled.accept(user, totp);
        return Reply.ok();
    }

    Reply disable(String user) {
        synchronized (state) {
            ObjectNode admin = state.admin(user);
            if (admin == null) {
                return Reply.fail(200, "USER_NOT_FOUND");
            }
            admin.put("twoFactorEnabled", false);
        }
        onEnrolled.accept(user, null);
        return Reply.ok();
    }

    Reply security() {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.GET_ADMIN_SECURITY);
        ObjectNode b = SimState.JSON.createObjectNode();
        b.putObject(e.field("wrapper")).put(e.field("require"), state.requireTwoFactor());
        return Reply.ok(b);
    }

    Reply setSecurity(JsonNode body) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.SET_ADMIN_SECURITY);
        JsonNode v = body.path(e.field("wrapper")).path(e.field("require"));
        if (!v.isMissingNode()) {
            state.requireTwoFactor(v.asBoolean());
        }
        return Reply.ok();
    }
}
