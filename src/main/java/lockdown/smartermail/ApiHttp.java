package lockdown.smartermail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Map;
import javax.net.ssl.SSLException;
import lockdown.core.Msg;
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
 */
final class ApiHttp {

    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    static final ObjectMapper JSON = new ObjectMapper();

    private final OkHttpClient http;
    private final HttpUrl base;
    private final EndpointCatalog catalog;
    private final PinningTrust trust;

    /** {@code trust} is null for plain http. */
    ApiHttp(OkHttpClient http, HttpUrl base, EndpointCatalog catalog, PinningTrust trust) {
        this.http = http;
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

    HttpUrl url(Endpoint endpoint, Map<String, String> params) {
        String path = catalog.entry(endpoint).path(params);
        HttpUrl.Builder b = base.newBuilder();
        String basePath = base.encodedPath().endsWith("/") ? base.encodedPath() : base.encodedPath() + "/";
        b.encodedPath(basePath + (path.startsWith("/") ? path.substring(1) : path));
        return b.build();
    }

    /** "POST https://host/... {json}", for previews. Never used for calls that carry secrets. */
    String describe(Endpoint endpoint, Map<String, String> params, Object body) {
        EndpointCatalog.Entry e = catalog.entry(endpoint);
        String text = e.method() + " " + url(endpoint, params);
        return body == null ? text : text + " " + write(body);
    }

    /**
     * Sends the call and returns the JSON answer. {@code write} marks calls that change something: a
     * timeout on one of them leaves it uncertain whether the server made the change.
     */
    JsonNode send(Endpoint endpoint, Map<String, String> params, Object body, String bearer, boolean write) {
        EndpointCatalog.Entry e = catalog.entry(endpoint);
        Request.Builder rb = new Request.Builder().url(url(endpoint, params)).header("Accept", "application/json");
        if (bearer != null) {
            rb.header("Authorization", "Bearer " + bearer);
        }
        if ("GET".equalsIgnoreCase(e.method())) {
            rb.get();
        } else {
            rb.method(e.method().toUpperCase(java.util.Locale.ROOT),
                    RequestBody.create(body == null ? "{}" : write(body), JSON_TYPE));
        }
        try (Response response = http.newCall(rb.build()).execute()) {
            return answer(endpoint, response, write);
        } catch (InterruptedIOException timeout) {
            throw failure(ApiException.Kind.TIMEOUT, endpoint, write,
                    Msg.of("api.reason.timeout", http.callTimeoutMillis() > 0 ? http.callTimeoutMillis() / 1000
                            : http.readTimeoutMillis() / 1000), timeout);
        } catch (SSLException tls) {
            throw tlsFailure(endpoint, tls);
        } catch (UnknownHostException | ConnectException unreachable) {
            throw failure(ApiException.Kind.UNREACHABLE, endpoint, false,
                    Msg.of("api.reason.unreachable", base.host() + ":" + base.port(), clean(unreachable.getMessage())), unreachable);
        } catch (IOException io) {
            throw failure(ApiException.Kind.UNREACHABLE, endpoint, write,
                    Msg.of("api.reason.io", base.host(), clean(io.getMessage())), io);
        }
    }

    /** GETs the path of an endpoint and returns the HTTP status: the connect-time presence check. */
    int status(Endpoint endpoint, String bearer) {
        EndpointCatalog.Entry e = catalog.entry(endpoint);
        Request.Builder rb = new Request.Builder().url(url(endpoint, e.example())).get();
        if (bearer != null) {
            rb.header("Authorization", "Bearer " + bearer);
        }
        try (Response response = http.newCall(rb.build()).execute()) {
            return response.code();
        } catch (SSLException tls) {
            throw tlsFailure(endpoint, tls);
        } catch (IOException io) {
            throw failure(ApiException.Kind.UNREACHABLE, endpoint, false,
                    Msg.of("api.reason.io", base.host(), clean(io.getMessage())), io);
        }
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
        if (code == 404) {
            throw failure(ApiException.Kind.NOT_FOUND, endpoint, false, Msg.of("api.reason.404"), null);
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
        return new ApiException(kind, endpoint, msg, cause, serverCode);
    }

    private static Msg detail(String serverMessage) {
        return serverMessage.isEmpty() ? Msg.of("api.no-detail") : Msg.of("api.server-said", serverMessage);
    }

    /** Short, printable, single line: safe to show. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("[\\p{Cntrl}]+", " ").strip();
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
