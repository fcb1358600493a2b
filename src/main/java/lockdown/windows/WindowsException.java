package lockdown.windows;

import lockdown.core.LockdownException;
import lockdown.core.Msg;

/** A Windows call failed; {@code code} is the Win32 error (1069 = the service could not log on). */
public class WindowsException extends LockdownException {

    public static final int ACCESS_DENIED = 5;
    public static final int SERVICE_LOGON_FAILED = 1069;
    public static final int USER_NOT_FOUND = 2221;
    public static final int USER_EXISTS = 2224;
    public static final int CANCELLED = 1223;

    private final int code;

    public WindowsException(int code, Msg msg) {
        super(msg);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
