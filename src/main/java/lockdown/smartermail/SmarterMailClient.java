package lockdown.smartermail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lockdown.base.Msg;
import okhttp3.OkHttpClient;

/**
 * The SmarterMail web API over OkHttp and Jackson. Paths, wire field names and wire values come
 * from the {@link EndpointCatalog}. Reads happen at once; writes are returned as {@link Call}s that
 * show what they will send.
 */
public final class SmarterMailClient implements SmarterMailApi, AutoCloseable {

    /** The response header by which SmarterMail Lockdown's simulator says that it is one. */
    public static final String SIMULATOR_HEADER = "X-SmarterMail-Lockdown-Simulator";

    private static final int PAGE = 500;

    private final OkHttpClient ok;
    private final ApiHttp http;
    private final Auth auth;
    private final EndpointCatalog catalog;
    private final java.util.concurrent.atomic.AtomicReference<String> localAddress;
    private final Requests requests;
    private final SecurityCalls security;
    private final AdminCalls adminCalls;

    private final ServerUrl address;

    private SmarterMailClient(OkHttpClient ok, ServerUrl base, EndpointCatalog catalog, Clock clock,
                              java.util.concurrent.atomic.AtomicReference<String> localAddress, PinningTrust trust) {
        this.ok = ok;
        this.catalog = catalog;
        this.localAddress = localAddress;
        this.address = base;
        this.http = new ApiHttp(ok, base.http(), catalog, trust);
        this.auth = new Auth(http, clock);
        this.requests = new Requests(http, auth);
        this.security = new SecurityCalls(requests, catalog);
        this.adminCalls = new AdminCalls(requests, catalog);
    }

    /** A client with the default catalog, a 30 second call timeout, the system clock, and no certificate trusted beyond the authorities. */
    public static SmarterMailClient create(ServerUrl base) {
        return create(base, EndpointCatalog.defaults());
    }

    public static SmarterMailClient create(ServerUrl base, EndpointCatalog catalog) {
        return create(base, catalog, Duration.ofSeconds(30), Clock.systemUTC());
    }

    public static SmarterMailClient create(ServerUrl base, EndpointCatalog catalog, Duration timeout, Clock clock) {
        return create(base, catalog, timeout, clock, TrustedCertificates.none());
    }

    /** "host:port" of a server address, the key its trusted certificate is kept under. */
    public static String serverKey(ServerUrl base) {
        return base.host() + ":" + base.port();
    }

    /**
     * Certificates are checked against the system's trusted authorities; when they refuse, only the
     * certificate the administrator trusted for this server is accepted.
     */
    public static SmarterMailClient create(ServerUrl base, EndpointCatalog catalog, Duration timeout, Clock clock,
                                           TrustedCertificates trusted) {
        java.util.concurrent.atomic.AtomicReference<String> local = new java.util.concurrent.atomic.AtomicReference<>();
        PinningTrust trust = base.https() ? new PinningTrust(serverKey(base), trusted) : null;
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (trust != null) {
            builder.sslSocketFactory(trust.socketFactory(), trust).hostnameVerifier(trust.hostnames());
        } else {
            // Plain HTTP only (redirects are not followed): OkHttp then never loads the system's
            // trusted authorities, which costs a command against the demo ~20 ms for nothing.
            builder.connectionSpecs(java.util.List.of(okhttp3.ConnectionSpec.CLEARTEXT));
        }
        OkHttpClient ok = builder
                .connectTimeout(Duration.ofSeconds(Math.min(10, Math.max(1, timeout.toSeconds()))))
                .readTimeout(timeout)
                .callTimeout(timeout)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .addNetworkInterceptor(chain -> {
                    // The address this computer uses towards the server: what an IP restriction must allow.
                    if (chain.connection() != null) {
                        local.set(chain.connection().socket().getLocalAddress().getHostAddress());
                    }
                    return chain.proceed(chain.request());
                })
                .build();
        return new SmarterMailClient(ok, base, catalog, clock, local, trust);
    }

    public ServerUrl baseUrl() {
        return address;
    }

    /**
     * Logs in. Never retried on failure; the caller clears the password array afterwards. An account
     * with two-factor authentication ends in an {@link ApiException} of kind TWO_FACTOR_REQUIRED;
     * then {@link #loginWithCode} finishes the login.
     */
    public void login(String username, char[] password) {
        auth.login(username, password);
    }

    /**
     * Logs in with a two-factor code known beforehand (typed, or from the environment): it goes with
     * the first call, so servers of the older flow see one login. A null or blank code is none.
     */
    public void login(String username, char[] password, String twoFactorCode) {
        auth.login(username, password, twoFactorCode);
    }

    /** Finishes a two-factor login with the current code from the authenticator app. */
    public void loginWithCode(String code) {
        auth.loginWithCode(code);
    }

    /** Whether the server answered as SmarterMail Lockdown's simulator (the {@code simulate} command), not a real server. */
    public boolean simulator() {
        return http.simulator();
    }

    @Override
    public String username() {
        return auth.username();
    }

    @Override
    public Optional<Boolean> found(Endpoint endpoint) {
        return http.found(endpoint);
    }

    @Override
    public Evidence evidence(Endpoint endpoint) {
        return catalog.entry(endpoint).evidence();
    }

    // ---- reads ------------------------------------------------------------------------------

    @Override
    public ServerVersion version() {
        JsonNode answer = read(Endpoint.GET_VERSION, Map.of(), null);
        String field = catalog.entry(Endpoint.GET_VERSION).field("version");
        Optional<ServerVersion> v = ServerVersion.parse(answer.path(field).asText(null));
        if (v.isEmpty()) {
            v = anyVersion(answer);
        }
        return v.orElseThrow(() -> ApiHttp.failure(ApiException.Kind.MALFORMED, Endpoint.GET_VERSION, false,
                Msg.of("api.reason.no-version"), null));
    }

    private static Optional<ServerVersion> anyVersion(JsonNode node) {
        if (node.isTextual()) {
            return ServerVersion.parse(node.asText());
        }
        for (JsonNode child : node) {
            Optional<ServerVersion> v = anyVersion(child);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    @Override
    public RelaySetting relay() {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.GET_SMTP_IN);
        JsonNode inner = read(Endpoint.GET_SMTP_IN, Map.of(), null).path(e.field("wrapper"));
        String wire = inner.path(e.field("allowRelay")).asText("");
        RelayMode mode = e.logicalValue(wire).map(RelayMode::valueOf)
                .orElseThrow(() -> ApiHttp.failure(ApiException.Kind.MALFORMED, Endpoint.GET_SMTP_IN, false,
                        Msg.of("api.reason.unexpected-value", e.field("allowRelay"), ApiHttp.clean(wire)), null));
        return new RelaySetting(mode, Wire.others(inner, e.field("allowRelay")));
    }

    @Override
    public List<WhitelistEntry> whitelist() {
        List<WhitelistEntry> out = new ArrayList<>();
        for (JsonNode n : rawWhitelist()) {
            out.add(whitelistEntry(n));
        }
        return out;
    }

    private List<JsonNode> rawWhitelist() {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.LIST_IP_ACCESS);
        List<JsonNode> out = new ArrayList<>();
        int skip = 0;
        while (true) {
            Map<String, Object> search = new LinkedHashMap<>();
            search.put("skip", skip);
            search.put("take", PAGE);
            search.put("search", "");
            search.put("sortField", "ip");
            search.put("sortDescending", false);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("showHoneypot", false);
            body.put("searchParams", search);
            JsonNode answer = read(Endpoint.LIST_IP_ACCESS, Map.of("isWhitelist", "true"), body);
            JsonNode list = answer.path(e.field("list"));
            list.forEach(out::add);
            int total = answer.path("totalCount").asInt(out.size());
            if (list.isEmpty() || out.size() >= total) {
                return out;
            }
            skip += list.size();
        }
    }

    private WhitelistEntry whitelistEntry(JsonNode n) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.LIST_IP_ACCESS);
        return new WhitelistEntry(n.path(e.field("address")).asText(), n.path(e.field("description")).asText(""),
                n.path(e.field("smtpAuthBypass")).asBoolean(false), n.path(e.field("idsBypass")).asBoolean(false),
                n.path(e.field("spamBypass")).asBoolean(false), Wire.others(n, e.field("address"), e.field("description"),
                e.field("smtpAuthBypass"), e.field("idsBypass"), e.field("spamBypass")));
    }

    @Override
    public List<IdsRule> idsRules() {
        List<IdsRule> out = new ArrayList<>();
        for (JsonNode n : rawIdsRules()) {
            out.add(idsRule(n));
        }
        return out;
    }

    private List<JsonNode> rawIdsRules() {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.LIST_IDS_RULES);
        List<JsonNode> out = new ArrayList<>();
        read(Endpoint.LIST_IDS_RULES, Map.of(), null).path(e.field("list")).forEach(out::add);
        return out;
    }

    private IdsRule idsRule(JsonNode n) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.LIST_IDS_RULES);
        String type = n.path(e.field("type")).asText("");
        IdsRule.Kind kind = e.logicalValue(type).map(IdsRule.Kind::valueOf).orElse(IdsRule.Kind.OTHER);
        return new IdsRule(n.path(e.field("id")).asText(), kind, type, n.path(e.field("service")).asText(""),
                n.path(e.field("action")).asText(""), n.path(e.field("threshold")).asInt(),
                n.path(e.field("timeFrame")).asInt(), n.path(e.field("blockTime")).asInt(),
                n.path(e.field("description")).asText(""), n.path(e.field("enabled")).asBoolean(true),
                Wire.others(n, e.field("threshold"), e.field("timeFrame"), e.field("blockTime")));
    }

    // ---- writes -----------------------------------------------------------------------------

    @Override
    public Call setRelay(RelayMode mode, lockdown.base.Fields others) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.SET_SMTP_IN);
        ObjectNode inner = Wire.record(others);
        inner.put(e.field("allowRelay"), e.value(mode.name()));
        return write(Endpoint.SET_SMTP_IN, Map.of(), Map.of(e.field("wrapper"), inner));
    }

    /**
     * Adds an entry, or edits the one at {@code oldAddress}. The entry's other fields go back as
     * they were read; its services are those the read entry covers (Smtp for a new one).
     */
    @Override
    public Call saveWhitelistEntry(WhitelistEntry entry, String oldAddress) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.SAVE_IP_ACCESS);
        ObjectNode body = Wire.record(entry.others());
        body.set("serviceList", ApiHttp.JSON.valueToTree(services(entry.others(), e)));
        body.put("dataType", e.value("WHITELIST"));
        body.put("address", entry.address());
        if (oldAddress != null) {
            body.put("oldAddress", oldAddress);
        } else {
            body.remove("oldAddress");
        }
        body.put("description", entry.description());
        body.put(e.field("smtpAuthBypass"), entry.smtpAuthBypass());
        body.put(e.field("idsBypass"), entry.idsBypass());
        body.put(e.field("spamBypass"), entry.spamBypass());
        return write(Endpoint.SAVE_IP_ACCESS, Map.of(), body);
    }

    /** The services SmarterMail's whitelist knows, as the save call names them. */
    private static final List<String> SERVICES = List.of("Smtp", "Imap", "Pop", "Ldap", "Xmpp", "WebMail", "ActiveSync", "MapiEws",
            "WebDav");

    /**
     * The services an entry covers: its own serviceList if the list answer carries one, else one per
     * protocol flag that is on ("smtp": true gives Smtp); Smtp for an entry that shows none.
     */
    private static List<String> services(lockdown.base.Fields others, EndpointCatalog.Entry e) {
        if (others.get("serviceList") instanceof List<?> given && !given.isEmpty()) {
            return given.stream().map(String::valueOf).toList();
        }
        List<String> out = new ArrayList<>();
        for (String service : SERVICES) {
            others.values().forEach((name, value) -> {
                if (name.equalsIgnoreCase(service) && Boolean.TRUE.equals(value)) {
                    out.add(service);
                }
            });
        }
        return out.isEmpty() ? List.of(e.value("SMTP")) : out;
    }

    @Override
    public Call deleteWhitelistEntry(String address) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.DELETE_IP_ACCESS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("address", address);
        body.put("dataType", e.value("WHITELIST"));
        return write(Endpoint.DELETE_IP_ACCESS, Map.of(), body);
    }

    /** Sends the rule back whole, as it was read, with its limits set. */
    @Override
    public Call saveIdsRule(lockdown.base.Fields rule, int threshold, int timeFrameMinutes, int blockTimeMinutes) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.SAVE_IDS_RULE);
        ObjectNode patched = Wire.record(rule);
        patched.put(e.field("threshold"), threshold);
        patched.put(e.field("timeFrame"), timeFrameMinutes);
        patched.put(e.field("blockTime"), blockTimeMinutes);
        return write(Endpoint.SAVE_IDS_RULE, Map.of(), Map.of(e.field("wrapper"), patched));
    }

    // ---- the rest of the surface --------------------------------------------------------------

    @Override
    public List<IdsBlock> idsBlocks() {
        return security.idsBlocks();
    }

    @Override
    public Call unblock(String ip) {
        return security.unblock(ip);
    }

    @Override
    public ExtensionSettings extensionLists() {
        return security.extensionLists();
    }

    @Override
    public Call setExtensionLists(ExtensionSettings settings) {
        return security.setExtensionLists(settings);
    }

    @Override
    public List<AdminAccount> admins() {
        return adminCalls.admins();
    }

    @Override
    public Call saveAdminRestrictions(String user, boolean restricted, List<AdminAccount.AdminIpRule> rules) {
        return adminCalls.saveRestrictions(user, restricted, rules);
    }

    @Override
    public TwoFactorSetup startTwoFactorSetup(String user) {
        return adminCalls.startTwoFactorSetup(user);
    }

    @Override
    public Call enableTwoFactor(String user, String code) {
        return adminCalls.enableTwoFactor(user, code);
    }

    @Override
    public Call disableTwoFactor(String user) {
        return adminCalls.disableTwoFactor(user);
    }

    @Override
    public AdminSecurity adminSecurity() {
        return adminCalls.security();
    }

    @Override
    public Call setAdminSecurity(AdminSecurity security) {
        return adminCalls.setSecurity(security);
    }

    @Override
    public Optional<String> localAddress() {
        return Optional.ofNullable(localAddress.get());
    }

    // ---- plumbing ---------------------------------------------------------------------------

    private JsonNode read(Endpoint endpoint, Map<String, String> params, Object body) {
        return requests.read(endpoint, params, body);
    }

    private Call write(Endpoint endpoint, Map<String, String> params, Object body) {
        return requests.write(endpoint, params, body);
    }

    @Override
    public java.util.Optional<lockdown.base.Msg> freshLogin() {
        return auth.freshLogin();
    }

    @Override
    public void close() {
        auth.forget();
        http.close();
    }
}
