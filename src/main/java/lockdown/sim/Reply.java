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

    /** A failure: {@code success:false}, the status as resultCode, and a message code. */
    static Reply fail(int status, String message) {
        ObjectNode b = SimState.JSON.createObjectNode();
        b.put("success", false);
        b.put("resultCode", status);
        b.put("message", message);
        return new Reply(status, b);
    }
}
