package lockdown.smartermail;

import lockdown.base.LockdownException;
import lockdown.base.Msg;

/** A SmarterMail call failed. The message names the call and says what was (not) changed. */
public class ApiException extends LockdownException {

    /** The shape of the failure. */
    public enum Kind {
        LOGIN_REJECTED,
        TWO_FACTOR_REQUIRED,
        SESSION_EXPIRED,
        UNAUTHORIZED,
        FORBIDDEN,
        /** The server has no such call: it answered 404, or 405 to the call's own method. */
        NOT_FOUND,
        /** What the call was about is no longer there (an IDS rule, a block). */
        GONE,
        REJECTED,
        SERVER_ERROR,
        TIMEOUT,
        UNREACHABLE,
        TLS,
        MALFORMED
    }

    private final Kind kind;
    private final Endpoint endpoint;
    private final String serverCode;
    private final boolean uncertain;

    public ApiException(Kind kind, Endpoint endpoint, Msg msg) {
        this(kind, endpoint, msg, null, "");
    }

    public ApiException(Kind kind, Endpoint endpoint, Msg msg, Throwable cause) {
        this(kind, endpoint, msg, cause, "");
    }

    /** {@code serverCode} is the envelope's short message code ("TWO_FACTOR_REQUIRED|rfc6238"), or empty. */
    public ApiException(Kind kind, Endpoint endpoint, Msg msg, Throwable cause, String serverCode) {
        this(kind, endpoint, msg, cause, serverCode, false);
    }

    /** {@code uncertain}: a write whose answer was lost, so the server may have made the change. */
    public ApiException(Kind kind, Endpoint endpoint, Msg msg, Throwable cause, String serverCode, boolean uncertain) {
        super(msg, cause);
        this.kind = kind;
        this.endpoint = endpoint;
        this.serverCode = serverCode == null ? "" : serverCode;
        this.uncertain = uncertain;
    }

    /** Whether this was a write whose outcome is not known: the server may have made the change. */
    @Override
    public boolean uncertain() {
        return uncertain;
    }

    /** The server's own message code, first segment upper case ("TWO_FACTOR_REQUIRED"), or empty. */
    public String serverCode() {
        int bar = serverCode.indexOf('|');
        return (bar >= 0 ? serverCode.substring(0, bar) : serverCode).strip().toUpperCase(java.util.Locale.ROOT);
    }

    public Kind kind() {
        return kind;
    }

    public Endpoint endpoint() {
        return endpoint;
    }
}
