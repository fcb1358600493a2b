package lockdown.smartermail;

import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import okhttp3.HttpUrl;

/**
 * The address of a SmarterMail web interface, checked: "https://mail.example.com" or
 * "http://127.0.0.1:9998". {@link #toString()} is the normalised address.
 */
public record ServerUrl(String text, String host, int port, boolean https, String path) {

    public static final String FIELD = "server-url";

    /** Anything else names the field and says why. */
    public static ServerUrl parse(String text) {
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
        return new ServerUrl(url.toString(), url.host(), url.port(), url.isHttps(), url.encodedPath());
    }

    /** The same address over HTTPS (port 443 where it was 80), for messages. */
    public String overHttps() {
        return http().newBuilder().scheme("https").port(port == 80 ? 443 : port).build().toString();
    }

    HttpUrl http() {
        return HttpUrl.get(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
