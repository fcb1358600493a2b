package lockdown.smartermail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lockdown.core.Msg;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The SmarterMail web API over OkHttp and Jackson. Paths, wire field names and wire values come
 * from the {@link EndpointCatalog}. Reads happen at once; writes are returned as {@link Call}s that
 * show what they will send.
 */
public final class SmarterMailClient implements SmarterMailApi, AutoCloseable {

    private static final int PAGE = 500;

    private final OkHttpClient ok;
    private final ApiHttp http;
    private final Auth auth;
    private final EndpointCatalog catalog;
    private final Map<Endpoint, Boolean> present = new EnumMap<>(Endpoint.class);
    private final java.util.concurrent.atomic.AtomicReference<String> localAddress;
    private final Requests requests;
    private final SecurityCalls security;
    private final AdminCalls adminCalls;

    private SmarterMailClient(OkHttpClient ok, HttpUrl base, EndpointCatalog catalog, Clock clock,
                              java.util.concurrent.atomic.AtomicReference<String> localAddress, PinningTrust trust) {
        this.ok = ok;
        this.catalog = catalog;
        this.localAddress = localAddress;
        this.http = new ApiHttp(ok, base, catalog, trust);
        this.auth = new Auth(http, clock);
        this.requests = new Requests(http, auth);
        this.security = new SecurityCalls(requests, catalog);
        this.adminCalls = new AdminCalls(requests, catalog);
    }

    /** A client with the default catalog, a 30 second call timeout and the system clock. */
    public static SmarterMailClient create(HttpUrl base) {
        return create(base, EndpointCatalog.defaults());
    }

    public static SmarterMailClient create(HttpUrl base, EndpointCatalog catalog) {
        return create(base, catalog, Duration.ofSeconds(30), Clock.systemUTC(), trustedCertificates());
    }

    public static SmarterMailClient create(HttpUrl base, EndpointCatalog catalog, Duration timeout, Clock clock) {
        return create(base, catalog, timeout, clock, trustedCertificates());
    }

    /** The certificates the administrator trusted, per server, in the data folder. */
    public static TrustedCertificates trustedCertificates() {
        return new TrustedCertificates(lockdown.core.DataFolder.resolve().resolve("trusted-certificates.json"));
    }

    /** "host:port" of a server address, the key its trusted certificate is kept under. */
    public static String serverKey(HttpUrl base) {
        return base.host() + ":" + base.port();
    }

    /**
     * Certificates are checked against the system's trusted authorities; when they refuse, only the
     * certificate the administrator trusted for this server is accepted.
     */
    public static SmarterMailClient create(HttpUrl base, EndpointCatalog catalog, Duration timeout, Clock clock,
                                           TrustedCertificates trusted) {
        java.util.concurrent.atomic.AtomicReference<String> local = new java.util.concurrent.atomic.AtomicReference<>();
        PinningTrust trust = base.isHttps() ? new PinningTrust(serverKey(base), trusted) : null;
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (trust != null) {
            builder.sslSocketFactory(trust.socketFactory(), trust).hostnameVerifier(trust.hostnames());
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

    public HttpUrl baseUrl() {
        return http.base();
    }

    /**
     * Logs in. Never retried on failure; the caller clears the password array afterwards. An account
     * with two-factor authentication ends in an {@link ApiException} of kind TWO_FACTOR_REQUIRED;
     * then {@link #loginWithCode} finishes the login.
     */
    public void login(String username, char[] password) {
        auth.login(username, password);
    }

    /** Finishes a two-factor login with the current code from the authenticator app. */
    public void loginWithCode(String code) {
        auth.loginWithCode(code);
    }

    /**
     * Checks, read only, which catalog endpoints this server has: a GET on each path, where 404 means
     * missing and any other answer (405 for write-only paths included) means present; for a read
     * endpoint, 405 means missing too.
     */
    public Map<Endpoint, Boolean> checkEndpoints() {
        Map<Endpoint, Boolean> found = new EnumMap<>(Endpoint.class);
        for (EndpointCatalog.Entry e : catalog.entries().values()) {
            if (!e.check()) {
                continue;
            }
            int code = http.status(e.endpoint(), auth.token());
            if (code == 401) {
                auth.refresh();
                code = http.status(e.endpoint(), auth.token());
            }
            // A GET that answers 405 means the path exists only for other methods: the read is missing.
            boolean read = "GET".equalsIgnoreCase(e.method());
            found.put(e.endpoint(), code != 404 && !(read && code == 405));
        }
        synchronized (present) {
            present.clear();
            present.putAll(found);
        }
        return found;
    }

    @Override
    public String username() {
        return auth.username();
    }

    @Override
    public boolean available(Endpoint... endpoints) {
        synchronized (present) {
            for (Endpoint e : endpoints) {
                if (!present.getOrDefault(e, Boolean.TRUE)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public Optional<Boolean> found(Endpoint endpoint) {
        synchronized (present) {
            return Optional.ofNullable(present.get(endpoint));
        }
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
    public RelayMode relayMode() {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.GET_SMTP_IN);
        JsonNode answer = read(Endpoint.GET_SMTP_IN, Map.of(), null);
        JsonNode value = answer.path(e.field("wrapper")).path(e.field("allowRelay"));
        String wire = value.asText("");
        return e.logicalValue(wire).map(RelayMode::valueOf)
                .orElseThrow(() -> ApiHttp.failure(ApiException.Kind.MALFORMED, Endpoint.GET_SMTP_IN, false,
                        Msg.of("api.reason.unexpected-value", e.field("allowRelay"), ApiHttp.clean(wire)), null));
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
                n.path(e.field("spamBypass")).asBoolean(false));
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
                n.path(e.field("description")).asText(""), n.path(e.field("enabled")).asBoolean(true));
    }

    // ---- writes -----------------------------------------------------------------------------

    @Override
    public Call setRelayMode(RelayMode mode) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.SET_SMTP_IN);
        Map<String, Object> inner = Map.of(e.field("allowRelay"), e.value(mode.name()));
        return write(Endpoint.SET_SMTP_IN, Map.of(), Map.of(e.field("wrapper"), inner));
    }

    @Override
    public Call saveWhitelistEntry(WhitelistEntry entry, String oldAddress) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.SAVE_IP_ACCESS);
        List<String> services = List.of(e.value("SMTP"));
        if (oldAddress != null) {
            services = rawWhitelist().stream()
                    .filter(n -> oldAddress.equals(n.path(catalog.entry(Endpoint.LIST_IP_ACCESS).field("address")).asText()))
                    .findFirst().map(SmarterMailClient::servicesOf).filter(s -> !s.isEmpty()).orElse(services);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("serviceList", services);
        body.put("dataType", e.value("WHITELIST"));
        body.put("address", entry.address());
        if (oldAddress != null) {
            body.put("oldAddress", oldAddress);
        }
        body.put("description", entry.description());
        body.put(e.field("smtpAuthBypass"), entry.smtpAuthBypass());
        body.put(e.field("idsBypass"), entry.idsBypass());
        body.put(e.field("spamBypass"), entry.spamBypass());
        return write(Endpoint.SAVE_IP_ACCESS, Map.of(), body);
    }

    /** The services an entry already covers, from the per-protocol booleans of the list answer. */
    private static List<String> servicesOf(JsonNode n) {
        List<String> out = new ArrayList<>();
        Map<String, String> wire = Map.of("smtp", "Smtp", "imap", "Imap", "pop", "Pop", "xmpp", "Xmpp");
        for (Map.Entry<String, String> w : wire.entrySet()) {
            if (n.path(w.getKey()).asBoolean(false)) {
                out.add(w.getValue());
            }
        }
        out.sort(null);
        return out;
    }

    @Override
    public Call deleteWhitelistEntry(String address) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.DELETE_IP_ACCESS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("address", address);
        body.put("dataType", e.value("WHITELIST"));
        return write(Endpoint.DELETE_IP_ACCESS, Map.of(), body);
    }

    @Override
    public Call saveIdsRule(IdsRule rule) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.SAVE_IDS_RULE);
        String idField = catalog.entry(Endpoint.LIST_IDS_RULES).field("id");
        JsonNode raw = rawIdsRules().stream().filter(n -> rule.id().equals(n.path(idField).asText())).findFirst()
                .orElseThrow(() -> ApiHttp.failure(ApiException.Kind.NOT_FOUND, Endpoint.SAVE_IDS_RULE, false,
                        Msg.of("api.reason.rule-gone", rule.id()), null));
        ObjectNode patched = raw.deepCopy();
        patched.put(e.field("threshold"), rule.threshold());
        patched.put(e.field("timeFrame"), rule.timeFrameMinutes());
        patched.put(e.field("blockTime"), rule.blockTimeMinutes());
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
    public Map<ExtensionList, List<String>> extensionLists() {
        return security.extensionLists();
    }

    @Override
    public Call setExtensionLists(Map<ExtensionList, List<String>> lists) {
        return security.setExtensionLists(lists);
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
    public boolean adminTwoFactorRequired() {
        return adminCalls.twoFactorRequired();
    }

    @Override
    public Call setAdminTwoFactorRequired(boolean required) {
        return adminCalls.setTwoFactorRequired(required);
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

    /** The endpoints the connect-time check found missing. */
    public List<Endpoint> missing() {
        synchronized (present) {
            return present.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        }
    }

    @Override
    public void close() {
        ok.connectionPool().evictAll();
    }
}
