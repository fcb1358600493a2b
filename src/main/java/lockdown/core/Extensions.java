package lockdown.core;

import lockdown.base.Msg;
import java.util.Locale;
import java.util.Optional;

/** File extensions as SmarterMail's blacklists hold them: lower case, without the leading dot. */
public final class Extensions {

    private Extensions() {
    }

    public static String normalise(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        while (t.startsWith(".") || t.startsWith("*.")) {
            t = t.startsWith("*.") ? t.substring(2) : t.substring(1);
        }
        return t;
    }

    public static Optional<Msg> problem(String text) {
        String n = normalise(text);
        if (n.isEmpty()) {
            return Optional.of(Msg.of("extension.empty"));
        }
        if (!n.matches("[a-z0-9][a-z0-9_-]{0,15}")) {
            return Optional.of(Msg.of("extension.invalid", text));
        }
        return Optional.empty();
    }
}
