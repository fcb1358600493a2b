package lockdown.base;

/**
 * A failure the administrator can act on: its message says what failed and what was left as it
 * was. The message never carries a password, a token or a TOTP secret.
 */
public class LockdownException extends RuntimeException {

    private final transient Msg msg;

    public LockdownException(Msg msg) {
        super(msg.key());
        this.msg = msg;
    }

    public LockdownException(Msg msg, Throwable cause) {
        super(msg.key(), cause);
        this.msg = msg;
    }

    public Msg msg() {
        return msg;
    }

    /**
     * Whether what failed may have happened anyway (a write whose answer was lost, a service still
     * starting): then it is reverted too. False when the failure means it certainly did not happen.
     */
    public boolean uncertain() {
        return false;
    }

    @Override
    public String getMessage() {
        return msg.text();
    }
}
