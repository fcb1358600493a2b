package lockdown.windows.jna;

import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.Winsvc;
import java.time.Duration;
import java.util.function.Supplier;
import lockdown.base.Msg;
import lockdown.windows.WindowsException;

/**
 * Waits for a service to reach a state, polling QueryServiceStatusEx as Microsoft's sample does: a
 * tenth of the wait hint between polls, at least a quarter and at most two seconds, and the caller's
 * timeout as the deadline (not the service's own hint).
 */
final class ServiceWait {

    private static final int ERROR_SERVICE_SPECIFIC_ERROR = 1066;

    private ServiceWait() {
    }

    static void until(String service, Duration timeout, Supplier<Winsvc.SERVICE_STATUS_PROCESS> status, int wanted, String timeoutKey) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Winsvc.SERVICE_STATUS_PROCESS st = status.get();
            if (st.dwCurrentState == wanted) {
                return;
            }
            if (wanted == Winsvc.SERVICE_RUNNING && st.dwCurrentState == Winsvc.SERVICE_STOPPED) {
                throw failure(service, st.dwWin32ExitCode, st.dwServiceSpecificExitCode, "");
            }
            if (System.nanoTime() > deadline) {
                throw new WindowsException(WinError.ERROR_SERVICE_REQUEST_TIMEOUT, Msg.of(timeoutKey, service, timeout.toSeconds()));
            }
            long pause = Math.max(250, Math.min(2000, st.dwWaitHint / 10L));
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WindowsException(WinError.ERROR_SERVICE_REQUEST_TIMEOUT, Msg.of(timeoutKey, service, timeout.toSeconds()));
            }
        }
    }

    /** Why a service did not start: 1069 named as the logon failure it is, a service-specific code with its number. */
    static WindowsException failure(String service, int win32, int specific, String account) {
        if (win32 == WinError.ERROR_SERVICE_LOGON_FAILED) {
            return new WindowsException(win32, Msg.of("windows.logon-failed", service, account.isEmpty() ? "?" : account));
        }
        if (win32 == ERROR_SERVICE_SPECIFIC_ERROR) {
            return new WindowsException(win32, Msg.of("windows.start-specific", service, specific));
        }
        return new WindowsException(win32, Msg.of("windows.start-failed", service, win32));
    }
}
