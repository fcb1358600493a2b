package lockdown;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import lockdown.base.Msg;

/**
 * Whether the window can open on this machine, asked before JavaFX is started (which otherwise
 * ends in a stack trace): on Linux it needs a display and GTK 3. Windows and macOS bring their own.
 */
final class WindowCheck {

    private static final List<String> LIBRARY_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64",
            "/usr/lib", "/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu", "/lib64", "/usr/local/lib");

    private WindowCheck() {
    }

    /** What is missing for the window here, for people; empty when nothing is. */
    static Optional<Msg> missing() {
        return missing(System.getenv(), System.getProperty("os.name", ""), WindowCheck::gtkFound);
    }

    static Optional<Msg> missing(Map<String, String> env, String os, Predicate<Map<String, String>> gtk) {
        if (!os.toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        if (blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of(Msg.of("window.no-display"));
        }
        if (!gtk.test(env)) {
            return Optional.of(Msg.of("window.no-gtk"));
        }
        return Optional.empty();
    }

    /** Whether libgtk-3.so.0 is where the dynamic loader would look. */
    static boolean gtkFound(Map<String, String> env) {
        List<String> dirs = new ArrayList<>();
        String ld = env.get("LD_LIBRARY_PATH");
        if (!blank(ld)) {
            dirs.addAll(List.of(ld.split(":")));
        }
        dirs.addAll(LIBRARY_DIRS);
        return dirs.stream().anyMatch(d -> !d.isBlank() && Files.exists(Path.of(d, "libgtk-3.so.0")));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
