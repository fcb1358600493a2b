package lockdown.smartermail;

import lockdown.core.LockdownException;
import lockdown.core.Msg;

/** A SmarterMail call failed. The message names the call and says what was (not) changed. */
public class ApiException extends LockdownException {

    /** The shape of the failure. */
    public enum Kind {
        LOGIN_REJECTED,
        TWO_FACTOR_REQUIRED,
        SESSION_EXPIRED,
        UNAUTHORIZED,
        FORBIDDEN,
        NOT_FOUND,
        REJECTED,
        SERVER_ERROR,
        TIMEOUT,
        UNREACHABLE,
        TLS,
        MALFORMED
    }

    private final Kind kind;
    private final Endpoint endpoint;

    public ApiException(Kind kind, Endpoint endpoint, Msg msg) {
        super(msg);
        this.kind = kind;
        this.endpoint = endpoint;
    }

    public ApiException(Kind kind, Endpoint endpoint, Msg msg, Throwable cause) {
        super(msg, cause);
        this.kind = kind;
        this.endpoint = endpoint;
    }

    public Kind kind() {
        return kind;
    }

    public Endpoint endpoint() {
        return endpoint;
    }
}
