package lockdown.smartermail;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The product version as the server reports it, and the build number taken from it. */
public record ServerVersion(String version, int build) {

    private static final Pattern PRODUCT = Pattern.compile("\\b\\d{2,3}\\.\\d+\\.(\\d{4,5})(?:\\.\\d+)?\\b");
    private static final Pattern BUILD = Pattern.compile("(?i)\\bbuild\\s*(\\d{4,5})\\b");

    /** Reads "100.0.9511.29470" or "Build 9511"; empty when the text holds neither. */
    public static Optional<ServerVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PRODUCT.matcher(text);
        if (m.find()) {
            return Optional.of(new ServerVersion(m.group(), Integer.parseInt(m.group(1))));
        }
        m = BUILD.matcher(text);
        if (m.find()) {
            return Optional.of(new ServerVersion(text.strip(), Integer.parseInt(m.group(1))));
        }
        return Optional.empty();
    }
}
