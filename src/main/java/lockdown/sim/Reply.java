package lockdown.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An HTTP status and a JSON body in SmarterMail's envelope. */
record Reply(int status, ObjectNode body) {

    static Reply ok(ObjectNode body) {
        body.put("success", true);
        body.put("resultCode", 200);
        if (!body.has("message")) {
            body.put("message", "");
        }
        return new Reply(200, body);
    }

    static Reply ok() {
        return ok(SimState.JSON.createObjectNode());
    }

    /** The status on the wire: a malformed answer (no body) is a 200 with an HTML page. */
    int wireStatus() {
        return body == null ? 200 : status;
    }

    String contentType() {
        return body == null ? "text/html" : "application/json; charset=utf-8";
    }

    byte[] bytes() {
        if (body == null) {
            return "<html><body>Service Unavailable</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        try {
            return SimState.JSON.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A failure: {@code success:false}, the status as resultCode, and a message code. */
    static Reply fail(int status, String message) {
        ObjectNode b = SimState.JSON.createObjectNode();
        b.put("success", false);
        b.put("resultCode", status);
        b.put("message", message);
        return new Reply(status, b);
    }
}
