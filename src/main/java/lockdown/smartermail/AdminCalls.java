package lockdown.smartermail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockdown.base.Msg;

/** System administrators: their IP restrictions and two-factor authentication. */
final class AdminCalls {

    private final Requests requests;
    private final EndpointCatalog catalog;

    AdminCalls(Requests requests, EndpointCatalog catalog) {
        this.requests = requests;
        this.catalog = catalog;
    }

    List<AdminAccount> admins() {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.LIST_ADMINS);
        List<AdminAccount> out = new ArrayList<>();
        for (JsonNode n : requests.read(Endpoint.LIST_ADMINS, Map.of(), null).path(e.field("list"))) {
            List<AdminAccount.AdminIpRule> rules = new ArrayList<>();
            n.path(e.field("restrictions")).forEach(r -> rules.add(new AdminAccount.AdminIpRule(r.path(e.field("address")).asText(),
                    r.path(e.field("description")).asText(""), Wire.others(r, e.field("address"), e.field("description")))));
            out.add(new AdminAccount(n.path(e.field("user")).asText(), n.path(e.field("primary")).asBoolean(false),
                    n.path(e.field("enabled")).asBoolean(true), n.path(e.field("restricted")).asBoolean(false), rules,
                    n.path(e.field("twoFactor")).asBoolean(false)));
        }
        return out;
    }

    Call saveRestrictions(String user, boolean restricted, List<AdminAccount.AdminIpRule> rules) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.SAVE_ADMIN);
        List<Map<String, Object>> list = new ArrayList<>();
        for (AdminAccount.AdminIpRule r : rules) {
            Map<String, Object> m = new LinkedHashMap<>(r.others().values());
            m.put(e.field("address"), r.address());
            m.put(e.field("description"), r.description());
            list.add(m);
        }
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put(e.field("restricted"), restricted);
        inner.put(e.field("restrictions"), list);
        return requests.write(Endpoint.SAVE_ADMIN, Map.of("username", user), Map.of(e.field("wrapper"), inner));
    }

    TwoFactorSetup startTwoFactorSetup(String user) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.ADMIN_2FA_SETUP);
        JsonNode n = requests.read(Endpoint.ADMIN_2FA_SETUP, Map.of("username", user), Map.of());
        String secret = n.path(e.field("secret")).asText("");
        String uri = n.path(e.field("uri")).asText("");
        if (secret.isEmpty() && uri.contains("secret=")) {
            secret = uri.replaceAll(".*[?&]secret=([A-Za-z2-7=]+).*", "$1");
        }
        if (secret.isEmpty()) {
            throw ApiHttp.failure(ApiException.Kind.MALFORMED, Endpoint.ADMIN_2FA_SETUP, false, Msg.of("api.reason.no-secret"), null);
        }
        String image = n.path(e.field("image")).asText("");
        byte[] png = image.isEmpty() ? null : Base64.getDecoder().decode(image.replaceFirst("^data:image/\\w+;base64,", ""));
        return new TwoFactorSetup(user, secret, uri, png);
    }

    /** The preview shows "<code>" instead of the code. */
    Call enableTwoFactor(String user, String code) {
        String field = catalog.entry(Endpoint.ADMIN_2FA_ENABLE).field("code");
        return requests.write(Endpoint.ADMIN_2FA_ENABLE, Map.of("username", user), Map.of(field, code), Map.of(field, "<code>"));
    }

    Call disableTwoFactor(String user) {
        return requests.write(Endpoint.ADMIN_2FA_DISABLE, Map.of("username", user), Map.of());
    }

    AdminSecurity security() {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.GET_ADMIN_SECURITY);
        JsonNode inner = requests.read(Endpoint.GET_ADMIN_SECURITY, Map.of(), null).path(e.field("wrapper"));
        return new AdminSecurity(inner.path(e.field("require")).asBoolean(false), Wire.others(inner, e.field("require")));
    }

    /** The policy object goes back whole, as it was read, with the requirement set. */
    Call setSecurity(AdminSecurity security) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.SET_ADMIN_SECURITY);
        var inner = Wire.record(security.others());
        inner.put(e.field("require"), security.requireTwoFactor());
        return requests.write(Endpoint.SET_ADMIN_SECURITY, Map.of(), Map.of(e.field("wrapper"), inner));
    }
}
