package lockdown.windows.jna;

import com.sun.jna.Platform;
import java.util.Optional;
import lockdown.windows.WindowsHost;

/** The Windows ports of this machine, through JNA and IIS's and Windows' own tools. Windows only. */
public final class JnaWindows {

    private JnaWindows() {
    }

    /** Whether the wizard runs on Windows. */
    public static boolean here() {
        return Platform.isWindows();
    }

    /** The width of a native pointer, as JNA's native part reports it (loading that part). */
    public static int pointerBits() {
        return com.sun.jna.Native.POINTER_SIZE * 8;
    }

    /** This machine's Windows host, or empty when the wizard does not run on Windows. */
    public static Optional<WindowsHost> host() {
        if (!Platform.isWindows()) {
            return Optional.empty();
        }
        String name = System.getenv().getOrDefault("COMPUTERNAME", "localhost");
        return Optional.of(new WindowsHost(name, new JnaAccounts(), new JnaRights(), new JnaAcls(), new JnaServices(),
                new AppcmdIis(), new ShellFirewall(), new JnaElevation(), new JnaNetwork(), new JnaDisk(), new TaskScheduler()));
    }
}
