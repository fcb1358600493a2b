package lockdown.base;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A piece of user-facing text: a key in the resource bundle plus its arguments. Domain code produces
 * these; the UI, the CLI and the reports turn them into words with {@link Messages}.
 */
public record Msg(String key, List<Object> args) {

    public Msg {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(Arrays.asList(args.stream().map(a -> a == null ? "" : a).toArray()));
    }

    public static Msg of(String key, Object... args) {
        return new Msg(key, Arrays.asList(args));
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
