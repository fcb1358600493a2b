package lockdown.smartermail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import lockdown.base.Msg;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends one catalog call and turns every failure shape into an {@link ApiException} whose message
 * names the call. Response bodies are never quoted (they may hold tokens); only the envelope's short
 * {@code message} code is.
 *
 * <p>Connections: logins and writes that must not happen twice go out on a fresh connection and
 * are never sent again. Reads and idempotent writes use pooled connections; when one fails because
 * the server had already closed that reused connection (no answer at all), it is sent once more on
 * a fresh one. Servers that answer HTTP/1.0 or close each connection after answering need this.
 *
 * <p>What the server has is learnt from the real calls with their real methods: a 404 (or 405) is
 * recorded as "missing", any other answer as "present". Nothing is probed.
 */
final class ApiHttp {

    /** How a call may be sent. */
    enum Mode {
        /** Reads: pooled, sent again once after a stale connection. */
        READ,
        /** Writes whose repetition changes nothing more: pooled, sent again once after a stale connection. */
        IDEMPOTENT,
        /** Writes that must not happen twice: a fresh connection, never sent again. */
        WRITE,
        /** The login and its renewal: a fresh connection, never sent again. */
        LOGIN;

        boolean write() {
            return this == IDEMPOTENT || this == WRITE;
        }

        boolean retriable() {
            return this == READ || this == IDEMPOTENT;
        }
    }

    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    static final ObjectMapper JSON = new ObjectMapper();

    private final OkHttpClient http;
    private final OkHttpClient fresh;
    private final HttpUrl base;
    private final EndpointCatalog catalog;
    private final PinningTrust trust;
    private final Map<Endpoint, Boolean> seen = new EnumMap<>(Endpoint.class);

    /** {@code trust} is null for plain http. */
    ApiHttp(OkHttpClient http, HttpUrl base, EndpointCatalog catalog, PinningTrust trust) {
        this.http = http.newBuilder().eventListenerFactory(call -> new CallTrace.Listener(call)).build();
        // No idle connections are kept: every call through this client opens its own.
        this.fresh = this.http.newBuilder().connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS)).build();
        this.base = base;
        this.catalog = catalog;
        this.trust = trust;
    }

    HttpUrl base() {
        return base;
    }

    EndpointCatalog catalog() {
        return catalog;
    }

    void close() {
        http.connectionPool().evictAll();
    }

    HttpUrl url(Endpoint endpoint, Map<String, String> params) {
        String path = catalog.entry(endpoint).path(params);
        HttpUrl.Builder b = base.newBuilder();
        String basePath = base.encodedPath().endsWith("/") ? base.encodedPath() : base.encodedPath() + "/";
        b.encodedPath(basePath + (path.startsWith("/") ? path.substring(1) : path));
        return b.build();
    }

    /** "POST https://host/... {json}", for previews. Never used for calls that carry secrets. */
    /** Whether an answer said it came from SmarterMail Lockdown's own simulator. */
    boolean simulator() {
        return simulator;
    }

    private volatile boolean simulator;

    String describe(Endpoint endpoint, Map<String, String> params, Object body) {
        EndpointCatalog.Entry e = catalog.entry(endpoint);
        String text = e.method() + " " + url(endpoint, params);
        return body == null ? text : text + " " + shown(body);
    }

    /**
     * The body as the preview shows it: the same JSON, with a space after each colon and comma so
     * a long body wraps between values, never inside a name.
     */
    static String shown(Object body) {
        try {
            return JSON.writer(SPACED).writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.core.PrettyPrinter SPACED = spaced();

    private static com.fasterxml.jackson.core.util.DefaultPrettyPrinter spaced() {
        com.fasterxml.jackson.core.util.DefaultPrettyPrinter.Indenter space = new com.fasterxml.jackson.core.util.DefaultPrettyPrinter.NopIndenter() {
            @Override
            public void writeIndentation(com.fasterxml.jackson.core.JsonGenerator g, int level) throws java.io.IOException {
                g.writeRaw(' ');
            }

            @Override
            public boolean isInline() {
                return true;
            }
        };
        com.fasterxml.jackson.core.util.DefaultPrettyPrinter p = new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator(""));
        p.indentObjectsWith(space);
        p.indentArraysWith(space);
        return p;
    }

    /** What the real calls have shown so far: true when the server answered, false after a 404 or 405, empty when not tried. */
    Optional<Boolean> found(Endpoint endpoint) {
        synchronized (seen) {
            return Optional.ofNullable(seen.get(endpoint));
        }
    }

    private void saw(Endpoint endpoint, boolean present) {
        synchronized (seen) {
            seen.put(endpoint, present);
        }
    }

    /** Sends the call and returns the JSON answer. */
    JsonNode send(Endpoint endpoint, Map<String, String> params, Object body, String bearer, Mode mode) {
        Request request = request(endpoint, params, body, bearer);
        CallTrace trace = new CallTrace();
        try {
            return execute(mode.retriable() ? http : fresh, request, trace, endpoint, mode);
        } catch (IOException io) {
            if (mode.retriable() && trace.stale(io)) {
                try {
                    return execute(fresh, request, new CallTrace(), endpoint, mode);
                } catch (IOException again) {
                    throw ioFailure(endpoint, mode, again);
                }
            }
            throw ioFailure(endpoint, mode, io);
        }
    }

    private Request request(Endpoint endpoint, Map<String, String> params, Object body, String bearer) {
        EndpointCatalog.Entry e = catalog.entry(endpoint);
        Request.Builder rb = new Request.Builder().url(url(endpoint, params)).header("Accept", "application/json");
        if (bearer != null) {
            rb.header("Authorization", "Bearer " + bearer);
        }
        if ("GET".equalsIgnoreCase(e.method())) {
            rb.get();
        } else {
            RequestBody rbody = body instanceof SecretBody secret ? RequestBody.create(secret.bytes(), JSON_TYPE)
                    : RequestBody.create(body == null ? "{}" : write(body), JSON_TYPE);
            rb.method(e.method().toUpperCase(java.util.Locale.ROOT), rbody);
        }
        return rb.build();
    }

    private JsonNode execute(OkHttpClient client, Request request, CallTrace trace, Endpoint endpoint, Mode mode) throws IOException {
        Request traced = request.newBuilder().tag(CallTrace.class, trace).build();
        try (Response response = client.newCall(traced).execute()) {
            if (response.header(SmarterMailClient.SIMULATOR_HEADER) != null) {
                simulator = true;
            }
            return answer(endpoint, response, mode.write());
        }
    }

    private ApiException ioFailure(Endpoint endpoint, Mode mode, IOException io) {
        boolean uncertain = mode.write();
        if (io instanceof SSLException tls) {
            return tlsFailure(endpoint, tls);
        }
        if (io instanceof InterruptedIOException) {
            return failure(ApiException.Kind.TIMEOUT, endpoint, uncertain,
                    Msg.of("api.reason.timeout", http.callTimeoutMillis() > 0 ? http.callTimeoutMillis() / 1000
                            : http.readTimeoutMillis() / 1000), io);
        }
        if (io instanceof UnknownHostException || io instanceof ConnectException) {
            return failure(ApiException.Kind.UNREACHABLE, endpoint, false,
                    Msg.of("api.reason.unreachable", base.host() + ":" + base.port(), clean(io.getMessage())), io);
        }
        return failure(ApiException.Kind.UNREACHABLE, endpoint, uncertain, Msg.of("api.reason.io", base.host(), clean(io.getMessage())), io);
    }

    /** An untrusted certificate names its fingerprint; other TLS failures say what broke. */
    private ApiException tlsFailure(Endpoint endpoint, SSLException tls) {
        PinningTrust.Refused r = trust == null ? null : trust.refused();
        if (r != null) {
            return new UntrustedCertificateException(endpoint, r.server(), r.fingerprint(), r.trustedBefore(), tls);
        }
        return failure(ApiException.Kind.TLS, endpoint, false, Msg.of("api.reason.tls", base.host(), clean(tls.getMessage())), tls);
    }

    private JsonNode answer(Endpoint endpoint, Response response, boolean write) throws IOException {
        int code = response.code();
        saw(endpoint, code != 404 && code != 405);
        JsonNode body = parse(response.body());
        String serverMessage = body == null ? "" : clean(body.path("message").asText(""));
        if (code == 401) {
            throw failure(ApiException.Kind.UNAUTHORIZED, endpoint, false, Msg.of("api.reason.401", detail(serverMessage)), null,
                    serverMessage);
        }
        if (code == 403) {
            throw failure(ApiException.Kind.FORBIDDEN, endpoint, false, Msg.of("api.reason.403", detail(serverMessage)), null,
                    serverMessage);
        }
        if (code == 404 || code == 405) {
            throw failure(ApiException.Kind.NOT_FOUND, endpoint, false,
                    Msg.of("api.reason.missing", catalog.entry(endpoint).method(), code), null);
        }
        if (code >= 500) {
            throw failure(ApiException.Kind.SERVER_ERROR, endpoint, write, Msg.of("api.reason.5xx", code), null);
        }
        if (code >= 300) {
            throw failure(ApiException.Kind.REJECTED, endpoint, false, Msg.of("api.reason.4xx", code, detail(serverMessage)), null,
                    serverMessage);
        }
        if (body == null || !body.isObject()) {
            throw failure(ApiException.Kind.MALFORMED, endpoint, write, Msg.of("api.reason.malformed"), null);
        }
        if (body.has("success") && !body.path("success").isBoolean()) {
            // An answer that cannot be read says nothing about whether a write happened.
            throw failure(ApiException.Kind.MALFORMED, endpoint, write, Msg.of("api.reason.malformed"), null);
        }
        if (body.has("success") && !body.path("success").asBoolean(false)) {
            throw failure(ApiException.Kind.REJECTED, endpoint, false,
                    Msg.of("api.reason.refused", serverMessage.isEmpty() ? "-" : serverMessage), null, serverMessage);
        }
        return body;
    }

    private static JsonNode parse(ResponseBody body) throws IOException {
        if (body == null) {
            return null;
        }
        String text = body.string();
        if (text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    static ApiException failure(ApiException.Kind kind, Endpoint endpoint, boolean uncertain, Msg reason, Throwable cause) {
        return failure(kind, endpoint, uncertain, reason, cause, "");
    }

    static ApiException failure(ApiException.Kind kind, Endpoint endpoint, boolean uncertain, Msg reason, Throwable cause,
                                String serverCode) {
        Msg msg = Msg.of(uncertain ? "api.failed-uncertain" : "api.failed", endpoint.action(), reason);
        return new ApiException(kind, endpoint, msg, cause, serverCode, uncertain);
    }

    private static Msg detail(String serverMessage) {
        return serverMessage.isEmpty() ? Msg.of("api.no-detail") : Msg.of("api.server-said", serverMessage);
    }

    /** Short, printable, single line: safe to show. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("[\\p{Cntrl}\\p{Cf}]+", " ").strip();
        return t.length() > 160 ? t.substring(0, 160) + "…" : t;
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
