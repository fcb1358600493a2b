package lockdown.smartermail;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer that answers by "METHOD /path": queued answers first, then a fixed one. Unknown
 * paths get 404. Records the requests in order.
 */
final class MockApi implements AutoCloseable {

    final MockWebServer server = new MockWebServer();
    private final Map<String, Deque<MockResponse>> queued = new HashMap<>();
    private final Map<String, MockResponse> fixed = new HashMap<>();
    final List<RecordedRequest> requests = new ArrayList<>();

    MockApi() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String key = request.getMethod() + " " + request.getUrl().encodedPath();
                synchronized (MockApi.this) {
                    requests.add(request);
                    Deque<MockResponse> q = queued.get(key);
                    if (q != null && !q.isEmpty()) {
                        return q.poll();
                    }
                    return fixed.getOrDefault(key, json(404, "{\"success\":false,\"message\":\"Not Found\"}"));
                }
            }
        });
        server.start();
    }

    synchronized MockApi queue(String methodAndPath, MockResponse... responses) {
        queued.computeIfAbsent(methodAndPath, k -> new ArrayDeque<>()).addAll(List.of(responses));
        return this;
    }

    synchronized MockApi always(String methodAndPath, MockResponse response) {
        fixed.put(methodAndPath, response);
        return this;
    }

    synchronized List<String> calls() {
        return requests.stream().map(r -> r.getMethod() + " " + r.getUrl().encodedPath()).toList();
    }

    synchronized List<RecordedRequest> recorded() {
        return List.copyOf(requests);
    }

    String url() {
        return server.url("/").toString();
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    /** A successful login whose access token expires at {@code expires} (ISO). */
    static MockResponse login(String access, String refresh, String expires) {
        return json(200, "{\"success\":true,\"resultCode\":200,\"message\":\"\",\"isAdmin\":true,\"username\":\"admin\","
                + "\"accessToken\":\"" + access + "\",\"refreshToken\":\"" + refresh + "\",\"accessTokenExpiration\":\"" + expires + "\"}");
    }

    @Override
    public void close() {
        server.close();
    }
}
