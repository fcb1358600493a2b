package lockdown.windows;

import lockdown.base.LockdownException;
import lockdown.base.Msg;

/** A Windows call failed; {@code code} is the Win32 error (1069 = the service could not log on). */
public class WindowsException extends LockdownException {

    public static final int ACCESS_DENIED = 5;
    public static final int SERVICE_LOGON_FAILED = 1069;
    public static final int USER_NOT_FOUND = 2221;
    public static final int USER_EXISTS = 2224;
    public static final int CANCELLED = 1223;

    /** Codes after which the call may have done its work, or part of it: 1053 still starting or stopping, 1460 a tool that timed out. */
    private static final java.util.Set<Integer> UNCERTAIN = java.util.Set.of(1053, 1460);

    private final int code;
    private final boolean uncertain;

    public WindowsException(int code, Msg msg) {
        this(code, msg, UNCERTAIN.contains(code));
    }

    /** {@code uncertain}: the call may have done its work anyway (a script that failed after writing, say). */
    public WindowsException(int code, Msg msg, boolean uncertain) {
        super(msg);
        this.code = code;
        this.uncertain = uncertain;
    }

    @Override
    public boolean uncertain() {
        return uncertain;
    }

    public int code() {
        return code;
    }
}
