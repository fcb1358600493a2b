package lockdown.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lockdown.smartermail.Endpoint;
import lockdown.smartermail.EndpointCatalog;

/**
 * A SmarterMail server on loopback that speaks the web API as the endpoint catalog describes it:
 * login with the success/message/resultCode envelope, rotating refresh tokens, Bearer tokens, 401 on
 * a missing or expired token, 403 for accounts that are not system administrators, and the settings
 * endpoints of the steps. Used by the demo and the tests; {@link Knobs} make it misbehave on purpose.
 */
public final class SimulatedSmarterMail implements AutoCloseable {

    /**
     * Every answer says it comes from this simulator, so a client that reached it by URL (the
     * {@code simulate} command) labels it a demo instead of taking it for a real server.
     */
    public static final String MARK = lockdown.smartermail.SmarterMailClient.SIMULATOR_HEADER;
    static final String MARK_VALUE = "smartermail-lockdown";

    /** The demo's system administrator. Demo only: this server exists just in this process. */
    public static final String DEMO_USER = "admin";
    public static final String DEMO_PASSWORD = "Demo-Lockdown-2026";
    /** A second system administrator. */
    public static final String DEMO_BACKUP_ADMIN = "backup-admin";
    /** A mailbox user who is not an administrator (for 403 tests). */
    public static final String DEMO_MAILBOX = "user@example.com";

    private final HttpServer server;
    private final Http10Front http10;
    private final ExecutorService executor;
    private final EndpointCatalog catalog = EndpointCatalog.defaults();
    private final SimState state = new SimState();
    private final Knobs knobs = new Knobs();
    private final Clock clock = Clock.systemUTC();
    private final SimAccounts accounts = new SimAccounts(clock);
    private final RequestLog log = new RequestLog();
    private final SimHandlers handlers = new SimHandlers(state, catalog, this::enrolled);
    private volatile boolean legacyTwoFactor;

    private SimulatedSmarterMail(int port, boolean closeEach) throws IOException {
        accounts.add(new SimAccounts.Account(DEMO_USER, DEMO_PASSWORD, true));
        accounts.add(new SimAccounts.Account(DEMO_BACKUP_ADMIN, DEMO_PASSWORD, true));
        accounts.add(new SimAccounts.Account(DEMO_MAILBOX, DEMO_PASSWORD, false));
        executor = Executors.newVirtualThreadPerTaskExecutor();
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        if (closeEach) {
            server = null;
            http10 = new Http10Front(address, executor, this::answer);
        } else {
            http10 = null;
            server = HttpServer.create(address, 0);
            server.setExecutor(executor);
            server.createContext("/", this::exchange);
            server.start();
        }
    }

    /** Starts on 127.0.0.1; port 0 picks a free port. */
    public static SimulatedSmarterMail start(int port) {
        return start(port, false);
    }

    /**
     * Starts on 127.0.0.1. With {@code closeEach} the server answers HTTP/1.0 and closes every
     * connection after its answer without saying so, as old servers, proxies and idle time-outs do.
     */
    public static SimulatedSmarterMail start(int port, boolean closeEach) {
        try {
            return new SimulatedSmarterMail(port, closeEach);
        } catch (IOException e) {
            throw new lockdown.base.LockdownException(lockdown.base.Msg.of("sim.port-in-use", port,
                    e instanceof java.net.BindException ? lockdown.base.Msg.of("sim.in-use") : e.getMessage()), e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server != null ? server.getAddress().getPort() : http10.port();
    }

    public SimState state() {
        return state;
    }

    public Knobs knobs() {
        return knobs;
    }

    /**
     * Turns on two-factor authentication for an account. Current builds answer a correct password with
     * a step token for authenticate-two-factor-code; with {@code legacy}, the server behaves like an
     * older build: 401 TWO_FACTOR_REQUIRED, no such endpoint, the code goes to authenticate-user.
     */
    public void enableTwoFactor(String user, lockdown.core.Totp totp, boolean legacy) {
        accounts.twoFactor(user, totp);
        legacyTwoFactor = legacy;
        if (legacy) {
            knobs.missing(Endpoint.AUTHENTICATE_TWO_FACTOR);
        }
    }

    /** An administrator enrolled in (or, with null, removed from) two-factor authentication through the API. */
    private void enrolled(String user, lockdown.core.Totp totp) {
        accounts.twoFactor(user, totp);
    }

    /** Every access token now counts as expired; refresh tokens still work. */
    public void expireAccessTokens() {
        accounts.expireAccessTokens();
    }

    /** Refresh tokens stop working, so the next renewal fails. */
    public void revokeRefreshTokens() {
        accounts.revokeRefreshTokens();
    }

    /** How many times a refresh token has been exchanged for new tokens. */
    public int renewals() {
        return accounts.renewals();
    }

    /** Every token this server has issued, for tests that look for leaks. */
    public java.util.Set<String> issuedTokens() {
        return accounts.allTokens();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        } else {
            http10.close();
        }
        executor.shutdownNow();
    }

    // ---- HTTP ---------------------------------------------------------------------------------

    private void exchange(HttpExchange x) throws IOException {
        byte[] body;
        try (InputStream in = x.getRequestBody()) {
            body = in.readAllBytes();
        }
        SimRequest request = new SimRequest(x.getRequestMethod(), x.getRequestURI().getRawPath(),
                x.getRequestHeaders().getFirst("Authorization"), body, x.getRemoteAddress().getAddress().getHostAddress());
        send(x, answer(request));
    }

    /** The answer to one request, whichever front end received it. */
    private Reply answer(SimRequest x) {
        long start = System.nanoTime();
        try {
            return route(x);
        } catch (RuntimeException e) {
            return Reply.fail(500, "INTERNAL_ERROR");
        } finally {
            log.add(new RequestLog.Request(x.method(), x.path(), start, System.nanoTime()));
        }
    }

    /** The requests answered so far, for counting round trips. */
    public RequestLog log() {
        return log;
    }

    private Reply route(SimRequest x) {
        String path = x.path();
        String method = x.method();
        boolean pathKnown = false;
        for (EndpointCatalog.Entry e : catalog.entries().values()) {
            Optional<Map<String, String>> params = e.match(path);
            if (params.isEmpty()) {
                continue;
            }
            if (knobs.isMissing(e.endpoint())) {
                continue;
            }
            pathKnown = true;
            if (e.method().equalsIgnoreCase(method)) {
                return call(e.endpoint(), params.get(), x);
            }
        }
        return pathKnown ? Reply.fail(405, "Method Not Allowed") : Reply.fail(404, "Not Found");
    }

    private Reply call(Endpoint e, Map<String, String> params, SimRequest x) {
        Duration delay = knobs.delay(e);
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        Integer failure = knobs.failure(e);
        if (failure != null) {
            return Reply.fail(failure, failure >= 500 ? "INTERNAL_ERROR" : "FAILED");
        }
        if (knobs.isMalformed(e)) {
            return new Reply(-1, null);
        }
        JsonNode body = readBody(x.body());
        if (e == Endpoint.AUTHENTICATE_USER) {
            return authenticate(body, knobs.seenFrom().orElse(x.from()));
        }
        if (e == Endpoint.AUTHENTICATE_TWO_FACTOR) {
            return authenticateCode(x, body);
        }
        if (e == Endpoint.REFRESH_TOKEN) {
            return refresh(body);
        }
        Optional<Reply> denied = authorize(x);
        if (denied.isPresent()) {
            return denied.get();
        }
        return handlers.handle(e, params, body);
    }

    /** How many times authenticate-user has been called. */
    public int logins() {
        return logins.get();
    }

    private final java.util.concurrent.atomic.AtomicInteger logins = new java.util.concurrent.atomic.AtomicInteger();

    private Reply authenticate(JsonNode body, String from) {
        logins.incrementAndGet();
        Optional<SimAccounts.Account> account = accounts.check(body.path("username").asText(""),
                body.path("password").asText(""));
        if (account.isEmpty()) {
            return Reply.fail(401, "USERNAME_OR_PASSWORD_INCORRECT");
        }
        SimAccounts.Account a = account.get();
        if (!loginAllowedFrom(a.username(), from)) {
            return Reply.fail(401, "IP restriction against a system administrator");
        }
        if (a.totp() != null) {
            String code = body.path("twoFactorCode").asText("");
            if (!code.isEmpty()) {
                return a.totp().verify(code, Instant.now(clock)) ? tokens(a.username(), a.sysAdmin())
                        : Reply.fail(401, "INVALID_TWO_FACTOR_CODE");
            }
            if (legacyTwoFactor) {
                return Reply.fail(401, "TWO_FACTOR_REQUIRED|rfc6238");
            }
            ObjectNode b = SimState.JSON.createObjectNode();
            b.put("accessToken", accounts.issueStep(a.username()));
            b.put("refreshToken", "");
            b.put("message", "TWO_FACTOR_REQUIRED|rfc6238|" + a.username() + "@example.com");
            return Reply.ok(b);
        }
        return tokens(a.username(), a.sysAdmin());
    }

    /** An administrator with "Restrict login access by IP" may log in only from the listed addresses. */
    private boolean loginAllowedFrom(String user, String from) {
        synchronized (state) {
            ObjectNode admin = state.admin(user);
            if (admin == null || !admin.path("ipRestrictionsEnabled").asBoolean(false)) {
                return true;
            }
            byte[] address = lockdown.core.Cidr.parseHost(from);
            for (JsonNode r : admin.path("ipRestrictions")) {
                try {
                    if (lockdown.core.Cidr.parse(r.path("ip").asText()).contains(address)) {
                        return true;
                    }
                } catch (IllegalArgumentException ignored) {
                    // an entry the server would not have saved
                }
            }
            return false;
        }
    }

    /** Step 2 of a two-factor login: the step token (single use) and the current code. */
    private Reply authenticateCode(SimRequest x, JsonNode body) {
        String header = x.authorization();
        Optional<String> user = header == null || !header.startsWith("Bearer ") ? Optional.empty()
                : accounts.useStep(header.substring(7).strip());
        if (user.isEmpty()) {
            return Reply.fail(401, "INVALID_TWO_FACTOR_CODE");
        }
        SimAccounts.Account a = accounts.account(user.get()).orElseThrow();
        if (a.totp() == null || !a.totp().verify(body.path("twoFactorCode").asText(""), Instant.now(clock))) {
            return Reply.fail(401, "INVALID_TWO_FACTOR_CODE");
        }
        return tokens(a.username(), a.sysAdmin());
    }

    private Reply refresh(JsonNode body) {
        Optional<String> user = accounts.useRefresh(body.path("token").asText(""));
        if (user.isEmpty()) {
            return Reply.fail(401, "Refresh token rejected");
        }
        boolean admin = accounts.account(user.get()).map(SimAccounts.Account::sysAdmin).orElse(false);
        return tokens(user.get(), admin);
    }

    private Reply tokens(String username, boolean admin) {
        String[] pair = accounts.issue(username, knobs.tokenLifetime());
        ObjectNode b = SimState.JSON.createObjectNode();
        b.put("emailAddress", admin ? "" : username);
        b.put("changePasswordNeeded", false);
        b.put("displayWelcomeWizard", false);
        b.put("isAdmin", admin);
        b.put("isDomainAdmin", false);
        b.put("isLicensed", true);
        b.put("accessToken", pair[0]);
        b.put("refreshToken", pair[1]);
        b.put("accessTokenExpiration", accounts.expiry(pair[0]).toString());
        b.put("username", username);
        return Reply.ok(b);
    }

    /** 401 without a valid, unexpired token; 403 for anyone but a system administrator. */
    private Optional<Reply> authorize(SimRequest x) {
        String header = x.authorization();
        if (header == null || !header.startsWith("Bearer ")) {
            return Optional.of(Reply.fail(401, "Unauthorized"));
        }
        if (accounts.isStep(header.substring(7).strip())) {
            return Optional.of(Reply.fail(403, "Forbidden"));
        }
        Optional<SimAccounts.Token> token = accounts.access(header.substring(7).strip());
        if (token.isEmpty()) {
            return Optional.of(Reply.fail(401, "Unauthorized"));
        }
        if (!Instant.now(clock).isBefore(token.get().expires())) {
            return Optional.of(Reply.fail(401, "Token has expired"));
        }
        boolean admin = accounts.account(token.get().username()).map(SimAccounts.Account::sysAdmin).orElse(false);
        return admin ? Optional.empty() : Optional.of(Reply.fail(403, "Forbidden"));
    }

    private static JsonNode readBody(byte[] bytes) {
        if (bytes.length == 0) {
            return SimState.JSON.createObjectNode();
        }
        try {
            return SimState.JSON.readTree(bytes);
        } catch (IOException notJson) {
            return SimState.JSON.createObjectNode();
        }
    }

    private static void send(HttpExchange x, Reply reply) throws IOException {
        x.getResponseHeaders().set("Content-Type", reply.contentType());
        x.getResponseHeaders().set(MARK, MARK_VALUE);
        byte[] bytes = reply.bytes();
        x.sendResponseHeaders(reply.wireStatus(), bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }
}
