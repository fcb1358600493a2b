package lockdown.windows.jna;

import com.sun.jna.Native;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.ShellAPI;
import com.sun.jna.platform.win32.Shell32;
import java.util.List;
import lockdown.base.Msg;
import lockdown.windows.Elevation;
import lockdown.windows.WindowsException;

/**
 * Whether the process runs elevated, and starting the installed launcher again with "runas" so
 * Windows asks through UAC. A declined prompt is error 1223 with a clear message.
 */
final class JnaElevation implements Elevation {

    private static final int SEE_MASK_NOCLOSEPROCESS = 0x40;
    private static final int SW_SHOWNORMAL = 1;

    @Override
    public boolean elevated() {
        return Advapi32Util.isCurrentProcessElevated();
    }

    @Override
    public void restartElevated(List<String> arguments) {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher == null || launcher.isBlank()) {
            throw new WindowsException(WindowsException.ACCESS_DENIED, Msg.of("windows.restart-not-installed"));
        }
        ShellAPI.SHELLEXECUTEINFO info = new ShellAPI.SHELLEXECUTEINFO();
        info.cbSize = info.size();
        info.fMask = SEE_MASK_NOCLOSEPROCESS;
        info.lpVerb = "runas";
        info.lpFile = launcher;
        info.lpParameters = lockdown.windows.WinArgs.join(arguments);
        info.nShow = SW_SHOWNORMAL;
        if (!Shell32.INSTANCE.ShellExecuteEx(info)) {
            int err = Native.getLastError();
            if (err == WindowsException.CANCELLED) {
                throw new WindowsException(err, Msg.of("windows.uac-declined"));
            }
            throw Win.fail(err, "ShellExecuteEx");
        }
        if (info.hProcess != null) {
            com.sun.jna.platform.win32.Kernel32.INSTANCE.CloseHandle(info.hProcess);
        }
    }
}
