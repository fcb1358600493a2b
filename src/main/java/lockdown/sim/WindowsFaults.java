package lockdown.sim;

import java.util.EnumMap;
import java.util.Map;
import lockdown.base.Msg;
import lockdown.windows.WindowsException;

/**
 * Failures the simulated Windows host can be told to produce on the next call of one operation, the
 * way a real server fails: access denied, an account that exists already, a service that will not
 * start, appcmd exiting with an error, appcmd printing what cannot be read. Each fires once.
 */
public final class WindowsFaults {

    /** The operations a fault can hit. */
    public enum Op {
        CREATE_ACCOUNT, GRANT_RIGHT, GRANT_MODIFY, CHANGE_LOGON, START_SERVICE, SET_POOL_IDENTITY, SET_IP_SECURITY,
        ADD_BINDING, REMOVE_BINDING, ADD_FIREWALL_RULE, READ_IIS,
        /** Requesting webmail from this machine (a local firewall or a proxy in the way): it does not answer. */
        REACH_WEBMAIL
    }

    /** How the operation fails. Each is certain: the operation did nothing. */
    public enum Fault {
        ACCESS_DENIED, ACCOUNT_EXISTS, SERVICE_WONT_START, COMMAND_FAILED, UNPARSEABLE
    }

    private final Map<Op, Fault> next = new EnumMap<>(Op.class);

    /** The next call of {@code op} fails with {@code fault}. */
    public synchronized WindowsFaults failNext(Op op, Fault fault) {
        next.put(op, fault);
        return this;
    }

    /** Whether a fault is armed for {@code op}, which is then used up (for operations that answer rather than throw). */
    synchronized boolean fires(Op op) {
        return next.remove(op) != null;
    }

    /** Throws the fault armed for {@code op}, once; {@code what} names the call for the message. */
    synchronized void check(Op op, String what) {
        Fault f = next.remove(op);
        if (f == null) {
            return;
        }
        throw switch (f) {
            case ACCESS_DENIED -> new WindowsException(WindowsException.ACCESS_DENIED, Msg.of("windows.access-denied", what));
            case ACCOUNT_EXISTS -> new WindowsException(WindowsException.USER_EXISTS, Msg.of("windows.user-exists", what));
            case SERVICE_WONT_START -> new WindowsException(WindowsException.SERVICE_LOGON_FAILED,
                    Msg.of("windows.logon-failed", what, "the account"));
            case COMMAND_FAILED -> new WindowsException(1, Msg.of("windows.appcmd-failed", what,
                    "ERROR ( hresult:80070005, message:Failed to commit configuration changes. )"));
            case UNPARSEABLE -> new WindowsException(0, Msg.of("windows.appcmd-bad-xml", "unexpected end of document"));
        };
    }
}
