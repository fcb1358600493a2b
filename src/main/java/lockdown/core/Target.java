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

    /** The note on a server reached by URL that answered as SmarterMail Lockdown's simulator. */
    public static final Msg SIMULATOR = Msg.of("target.simulator");

    public boolean isDemo() {
        return kind == Kind.DEMO;
    }

    /** The built-in demo, or the simulator reached by URL: nothing shown from it is a real server. */
    public boolean simulated() {
        return isDemo() || notes.contains(SIMULATOR);
    }

    /**
     * What the journal and the lock know this target by: its kind and its address in one spelling
     * ({@code http://localhost:9998/} and {@code HTTP://127.0.0.1:9998} are the same server).
     */
    public String key() {
        return key(kind.name().toLowerCase(Locale.ROOT), url);
    }

    /** A key as written in an older journal, in today's spelling. */
    public static String canonicalKey(String stored) {
        int space = stored.indexOf(' ');
        return space < 0 ? stored : key(stored.substring(0, space), stored.substring(space + 1));
    }

    private static String key(String kind, String url) {
        try {
            java.net.URI u = new java.net.URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            if (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1")) {
                host = "127.0.0.1";
            }
            int port = u.getPort() >= 0 ? u.getPort() : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
            String path = u.getRawPath() == null ? "" : u.getRawPath().replaceAll("/+$", "");
            return kind + " " + scheme + "://" + host + (port < 0 ? "" : ":" + port) + path;
        } catch (java.net.URISyntaxException e) {
            return kind + " " + url.strip();
        }
    }
}
