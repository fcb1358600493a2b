package lockdown.smartermail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Authenticated reads and prepared writes, shared by the client's parts. Two steps that read the
 * same thing at the same time (the administrators, for two-factor and IP restrictions) share one
 * request: a read joins an identical one already in flight, but never one that started before a
 * write began or ended, so a read-back after a change always sees the server after it.
 */
final class Requests {

    private final ApiHttp http;
    private final Auth auth;
    private final Map<String, CompletableFuture<JsonNode>> inFlight = new ConcurrentHashMap<>();
    /** Counts the starts and ends of writes: reads of different generations are never shared. */
    private final AtomicLong writes = new AtomicLong();

    Requests(ApiHttp http, Auth auth) {
        this.http = http;
        this.auth = auth;
    }

    JsonNode read(Endpoint endpoint, Map<String, String> params, Object body) {
        String key = writes.get() + " " + endpoint + " " + params + " " + (body == null ? "" : ApiHttp.write(body));
        CompletableFuture<JsonNode> mine = new CompletableFuture<>();
        CompletableFuture<JsonNode> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join().deepCopy();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            JsonNode answer = authenticated(endpoint, params, body, ApiHttp.Mode.READ);
            mine.complete(answer.deepCopy());
            return answer;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    Call write(Endpoint endpoint, Map<String, String> params, Object body) {
        return write(endpoint, params, body, body);
    }

    /** A write whose preview shows {@code shown} instead of the real body (a code replaced by a placeholder). */
    Call write(Endpoint endpoint, Map<String, String> params, Object body, Object shown) {
        String description = http.describe(endpoint, params, shown);
        return new Call() {
            @Override
            public String describe() {
                return description;
            }

            @Override
            public void run() {
                writes.incrementAndGet();
                try {
                    authenticated(endpoint, params, body, http.catalog().entry(endpoint).idempotent() ? ApiHttp.Mode.IDEMPOTENT
                            : ApiHttp.Mode.WRITE);
                } finally {
                    writes.incrementAndGet();
                }
            }
        };
    }

    /** One call with a fresh token; a 401 renews the token and tries once more (401 means not done). */
    private JsonNode authenticated(Endpoint endpoint, Map<String, String> params, Object body, ApiHttp.Mode mode) {
        try {
            return http.send(endpoint, params, body, auth.token(), mode);
        } catch (ApiException e) {
            if (e.kind() != ApiException.Kind.UNAUTHORIZED) {
                throw e;
            }
            auth.refresh();
            return http.send(endpoint, params, body, auth.token(), mode);
        }
    }
}
