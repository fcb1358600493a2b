package lockdown.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The summary formats. */
public enum Format {
    HTML("html"),
    MARKDOWN("md"),
    JSON("json");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** "html", "md"/"markdown" or "json". */
    public static Optional<Format> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("markdown")) {
            return Optional.of(MARKDOWN);
        }
        return Arrays.stream(values()).filter(f -> f.extension.equals(t)).findFirst();
    }
}
