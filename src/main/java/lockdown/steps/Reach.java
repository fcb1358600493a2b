package lockdown.steps;

import java.util.Optional;
import lockdown.core.Target;
import lockdown.smartermail.SmarterMailApi;
import lockdown.windows.WindowsHost;

/** The ports the steps use, from a target. */
public final class Reach {

    private Reach() {
    }

    public static Optional<SmarterMailApi> api(Target target) {
        return target.port(SmarterMailApi.class);
    }

    public static Optional<WindowsHost> windows(Target target) {
        return target.port(WindowsHost.class);
    }
}
