package lockdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import lockdown.windows.Elevation;
import lockdown.windows.WindowsException;

/**
 * At start, the installed wizard on Windows asks for administrator rights (UAC) by starting itself
 * again elevated, as its Windows steps need them. If the administrator declines, this process goes
 * on without them: the window then says the Windows steps can only be read. {@link #FLAG} marks the
 * second start so a refused or odd elevation never loops.
 */
final class StartElevated {

    static final String FLAG = "--no-elevate";
    private static final Logger LOG = Logger.getLogger(StartElevated.class.getName());

    private StartElevated() {
    }

    /**
     * True when an elevated copy was started and this process should end. {@code installed} is
     * whether this is the installed launcher (only it can be started again).
     */
    static boolean restarted(Optional<Elevation> elevation, boolean installed, List<String> args) {
        if (elevation.isEmpty() || !installed || args.contains(FLAG) || elevation.get().elevated()) {
            return false;
        }
        List<String> again = new ArrayList<>(args);
        again.add(FLAG);
        try {
            elevation.get().restartElevated(again);
            return true;
        } catch (WindowsException e) {
            LOG.info(() -> "Not elevated: " + e.getMessage());
            return false;
        }
    }

    /** The arguments without the marker. */
    static List<String> withoutFlag(List<String> args) {
        return args.stream().filter(a -> !a.equals(FLAG)).toList();
    }
}
