package lockdown.base;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A piece of user-facing text: a key in the resource bundle plus its arguments. Domain code produces
 * these; the UI, the CLI and the reports turn them into words with {@link Messages}.
 */
public record Msg(String key, List<Object> args) {

    public Msg {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(Arrays.asList(args.stream().map(a -> a == null ? "" : a).toArray()));
    }

    /**
     * Keys of the messages that already tell the reader nothing was changed, so that a message
     * wrapped around one of them does not say it twice (LocalizationTest keeps this list in step
     * with the bundle).
     */
    public static final Set<String> SAY_NOTHING_CHANGED = Set.of("error.invalid-settings", "error.unexpected",
            "apply.nothing-changed", "apply.failed-nothing-changed", "apply.failed-rolled-back", "undo.cannot-read",
            "undo.changed-since", "journal.unwritable", "api.failed", "login.not-admin", "login.needed", "login.session-expired",
            "windows.ip-entry-rejected", "recover.cannot-read", "recover.nothing-ran", "target.busy", "target.lock-failed", "recover.interrupted", "cli.dry-run",
            "apply-all.would");

    public static Msg of(String key, Object... args) {
        return new Msg(key, Arrays.asList(args));
    }

    /** Whether this message, or one inside it, already says that nothing was changed. */
    public boolean saysNothingChanged() {
        return SAY_NOTHING_CHANGED.contains(key) || args.stream().anyMatch(a -> a instanceof Msg m && m.saysNothingChanged());
    }

    /** The text in the default locale. */
    public String text() {
        return Messages.text(this);
    }

    @Override
    public String toString() {
        return text();
    }
}
