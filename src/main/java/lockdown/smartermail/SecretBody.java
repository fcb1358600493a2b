package lockdown.smartermail;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * A JSON request body that holds a password: built as bytes straight from the typed characters,
 * never as a {@code String} (which could not be wiped), and wiped once the call is done. What this
 * cannot reach: OkHttp copies the bytes into its own pooled buffers while sending, and those are
 * reused, not wiped. So the password lives as short a time as the wizard can make it, not no time.
 */
final class SecretBody {

    private final byte[] bytes;

    private SecretBody(byte[] bytes) {
        this.bytes = bytes;
    }

    /** {@code {"plain fields"..., "secretField": "secret"}}; the caller clears {@code secret}. */
    static SecretBody of(Map<String, String> plain, String secretField, char[] secret) {
        StringBuilder head = new StringBuilder("{");
        plain.forEach((k, v) -> head.append(quote(k)).append(':').append(quote(v)).append(','));
        head.append(quote(secretField)).append(":\"");
        char[] start = head.toString().toCharArray();
        char[] escaped = new char[secret.length * 6];
        int n = 0;
        for (char c : secret) {
            n = escape(c, escaped, n);
        }
        char[] all = new char[start.length + n + 2];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(escaped, 0, all, start.length, n);
        all[all.length - 2] = '"';
        all[all.length - 1] = '}';
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(all));
        byte[] out = new byte[encoded.remaining()];
        encoded.get(out);
        Arrays.fill(escaped, '\0');
        Arrays.fill(all, '\0');
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return new SecretBody(out);
    }

    byte[] bytes() {
        return bytes;
    }

    void wipe() {
        Arrays.fill(bytes, (byte) 0);
    }

    private static String quote(String s) {
        char[] buf = new char[s.length() * 6];
        int n = 0;
        for (char c : s.toCharArray()) {
            n = escape(c, buf, n);
        }
        return "\"" + new String(buf, 0, n) + "\"";
    }

    /** JSON string escaping of one character into {@code out} at {@code at}; returns the next free index. */
    private static int escape(char c, char[] out, int at) {
        int i = at;
        if (c == '"' || c == '\\') {
            out[i++] = '\\';
            out[i++] = c;
        } else if (c < 0x20) {
            String hex = String.format("\\u%04x", (int) c);
            for (char h : hex.toCharArray()) {
                out[i++] = h;
            }
        } else {
            out[i++] = c;
        }
        return i;
    }

    @Override
    public String toString() {
        return "SecretBody[hidden]";
    }
}
