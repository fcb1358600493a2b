package lockdown.faults;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import lockdown.smartermail.Endpoint;
import lockdown.smartermail.EndpointCatalog;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Stands between the client and the simulator and breaks one call once, the way real servers and
 * networks break: the call the test names gets the fault the first time it is made; everything
 * else (the reads, the reverts, the read-backs) passes through untouched.
 */
final class FaultProxy implements AutoCloseable {

    /** How the one call breaks. "Applied" faults let the server do the work and lose or spoil its answer. */
    enum Fault {
        UNAUTHORIZED_THEN_REFRESHED(false),
        UNAUTHORIZED_REFRESH_REJECTED(false),
        SUCCESS_FALSE(false),
        NOT_FOUND(false),
        METHOD_NOT_ALLOWED(false),
        SERVER_ERROR(false),
        TIMEOUT(true),
        RESET_MID_BODY(true),
        MALFORMED_JSON(true),
        EMPTY_BODY(true),
        EXTRA_FIELDS(true),
        WRONG_TYPE(true);

        final boolean applied;

        Fault(boolean applied) {
            this.applied = applied;
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient forward = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    private final String upstream;
    private final EndpointCatalog.Entry target;
    private final EndpointCatalog.Entry refresh = EndpointCatalog.defaults().entry(Endpoint.REFRESH_TOKEN);
    private final Fault fault;
    private final AtomicBoolean fired = new AtomicBoolean();
    private final AtomicBoolean refreshBroken = new AtomicBoolean();

    FaultProxy(String upstream, Endpoint endpoint, Fault fault) throws IOException {
        this.upstream = upstream.replaceAll("/$", "");
        this.target = EndpointCatalog.defaults().entry(endpoint);
        this.fault = fault;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start();
    }

    String url() {
        return server.url("/").toString().replaceAll("/$", "");
    }

    /** Whether the fault has been produced (the named call was made). */
    boolean fired() {
        return fired.get();
    }

    private boolean is(EndpointCatalog.Entry e, RecordedRequest r) {
        return e.method().equalsIgnoreCase(r.getMethod()) && e.match(r.getUrl().encodedPath()).isPresent();
    }

    private MockResponse answer(RecordedRequest r) {
        if (refreshBroken.get() && is(refresh, r)) {
            return json(401, "{\"success\":false,\"message\":\"INVALID_TOKEN\"}");
        }
        if (!is(target, r) || !fired.compareAndSet(false, true)) {
            return pass(r);
        }
        return switch (fault) {
            case UNAUTHORIZED_THEN_REFRESHED -> json(401, "{\"success\":false,\"message\":\"EXPIRED_TOKEN\"}");
            case UNAUTHORIZED_REFRESH_REJECTED -> {
                refreshBroken.set(true);
                yield json(401, "{\"success\":false,\"message\":\"EXPIRED_TOKEN\"}");
            }
            case SUCCESS_FALSE -> json(200, "{\"success\":false,\"resultCode\":400,\"message\":\"The settings could not be saved\"}");
            case NOT_FOUND -> json(404, "{\"success\":false,\"message\":\"Not Found\"}");
            case METHOD_NOT_ALLOWED -> json(405, "{\"success\":false,\"message\":\"Method Not Allowed\"}");
            case SERVER_ERROR -> json(500, "{\"success\":false,\"message\":\"INTERNAL_ERROR\"}");
            case TIMEOUT -> {
                MockResponse done = pass(r);
                yield done.newBuilder().headersDelay(3, TimeUnit.SECONDS).build();
            }
            case RESET_MID_BODY -> {
                pass(r);
                yield new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .body("{\"success\":true,\"resultCode\":200,\"message\":\"\",\"padding\":\"" + "x".repeat(4000) + "\"}")
                        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build();
            }
            case MALFORMED_JSON -> {
                pass(r);
                yield new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html").body("<html><body>Saved").build();
            }
            case EMPTY_BODY -> {
                pass(r);
                yield new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("").build();
            }
            case EXTRA_FIELDS -> {
                MockResponse done = pass(r);
                yield json(done.getCode(), "{\"success\":true,\"resultCode\":200,\"message\":\"\",\"auditId\":42,"
                        + "\"warnings\":[{\"code\":\"X\"}],\"serverTime\":\"2026-11-30T12:00:00Z\"}");
            }
            case WRONG_TYPE -> {
                pass(r);
                yield json(200, "{\"success\":\"yes\",\"resultCode\":\"OK\",\"message\":7}");
            }
        };
    }

    /** The request as the simulator answers it. */
    private MockResponse pass(RecordedRequest r) {
        Request.Builder b = new Request.Builder().url(upstream + r.getUrl().encodedPath()
                + (r.getUrl().encodedQuery() == null ? "" : "?" + r.getUrl().encodedQuery()));
        String auth = r.getHeaders().get("Authorization");
        if (auth != null) {
            b.header("Authorization", auth);
        }
        byte[] body = r.getBody() == null ? new byte[0] : r.getBody().toByteArray();
        if ("GET".equalsIgnoreCase(r.getMethod())) {
            b.get();
        } else {
            b.method(r.getMethod(), RequestBody.create(body, MediaType.get("application/json")));
        }
        try (Response resp = forward.newCall(b.build()).execute()) {
            String text = resp.body().string();
            return new MockResponse.Builder().code(resp.code())
                    .setHeader("Content-Type", resp.header("Content-Type", "application/json")).body(text).build();
        } catch (IOException e) {
            return json(502, "{\"success\":false,\"message\":\"proxy: " + e.getClass().getSimpleName() + "\"}");
        }
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    @Override
    public void close() {
        server.close();
        forward.dispatcher().executorService().shutdown();
        forward.connectionPool().evictAll();
    }
}
