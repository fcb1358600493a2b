package lockdown.core;

import java.util.Optional;
import lockdown.smartermail.SmarterMailApi;
import lockdown.windows.WindowsHost;

/**
 * What the wizard is locking down: a name for people, and the ports it can reach. A remote server
 * has no Windows host; the demo has both, backed by the simulators. {@code notes} are what the
 * summary must say about how the wizard reached it (for example plain HTTP allowed on a lab network).
 */
public record Target(Kind kind, String name, String url, String operator,
                     Optional<SmarterMailApi> api, Optional<WindowsHost> windows, HostContext context, java.util.List<Msg> notes) {

    public Target {
        notes = java.util.List.copyOf(notes);
    }

    public Target(Kind kind, String name, String url, String operator, Optional<SmarterMailApi> api,
                  Optional<WindowsHost> windows) {
        this(kind, name, url, operator, api, windows, new HostContext(), java.util.List.of());
    }

    public enum Kind {
        /** SmarterMail on this Windows machine: API and Windows steps. */
        LOCAL_WINDOWS,
        /** A SmarterMail server reached by URL: API steps only. */
        REMOTE,
        /** The embedded simulators. */
        DEMO;

        public Msg label() {
            return Msg.of("target." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    public boolean isDemo() {
        return kind == Kind.DEMO;
    }
}
