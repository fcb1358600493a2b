package lockdown.smartermail;

import lockdown.core.InvalidSettingsException;
import lockdown.core.Msg;
import okhttp3.HttpUrl;

/** Checks the server address the administrator typed. */
public final class ServerUrl {

    public static final String FIELD = "server-url";

    private ServerUrl() {
    }

    /** "https://mail.example.com" or "http://127.0.0.1:9998"; anything else names the field and says why. */
    public static HttpUrl parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidSettingsException(FIELD, Msg.of("url.empty"));
        }
        if (!t.matches("(?i)https?://.*")) {
            throw new InvalidSettingsException(FIELD, Msg.of("url.scheme", t));
        }
        HttpUrl url = HttpUrl.parse(t);
        if (url == null || url.host().isEmpty()) {
            throw new InvalidSettingsException(FIELD, Msg.of("url.invalid", t));
        }
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            throw new InvalidSettingsException(FIELD, Msg.of("url.credentials"));
        }
        if (url.query() != null || url.fragment() != null) {
            throw new InvalidSettingsException(FIELD, Msg.of("url.query", t));
        }
        return url;
    }
}
