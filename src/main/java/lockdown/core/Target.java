package lockdown.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lockdown.base.Msg;

/**
 * What the wizard is locking down: a name for people, how it was reached, and the ports it can be
 * reached through ({@link #port}). A remote server has no Windows host; the demo has both, backed
 * by the simulators. {@code notes} are what the summary must say about how the wizard reached it
 * (for example plain HTTP allowed on a lab network).
 */
public record Target(Kind kind, String name, String url, String operator, HostContext context, List<Msg> notes, Ports ports) {

    public Target {
        notes = List.copyOf(notes);
    }

    public Target(Kind kind, String name, String url, String operator, Ports ports) {
        this(kind, name, url, operator, new HostContext(), List.of(), ports);
    }

    public enum Kind {
        /** SmarterMail on this Windows machine: API and Windows steps. */
        LOCAL_WINDOWS,
        /** A SmarterMail server reached by URL: API steps only. */
        REMOTE,
        /** The embedded simulators. */
        DEMO;

        public Msg label() {
            return Msg.of("target." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    /** The port of this type, if the target can be reached through one. */
    public <T> Optional<T> port(Class<T> type) {
        return ports.get(type);
    }

    public boolean isDemo() {
        return kind == Kind.DEMO;
    }
}
