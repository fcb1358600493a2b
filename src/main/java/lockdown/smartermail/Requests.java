package lockdown.smartermail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Authenticated reads and prepared writes, shared by the client's parts. */
final class Requests {

    private final ApiHttp http;
    private final Auth auth;

    Requests(ApiHttp http, Auth auth) {
        this.http = http;
        this.auth = auth;
    }

    JsonNode read(Endpoint endpoint, Map<String, String> params, Object body) {
        return authenticated(endpoint, params, body, ApiHttp.Mode.READ);
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
                authenticated(endpoint, params, body, http.catalog().entry(endpoint).idempotent() ? ApiHttp.Mode.IDEMPOTENT
                        : ApiHttp.Mode.WRITE);
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
