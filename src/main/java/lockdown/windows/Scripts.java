package lockdown.windows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import lockdown.base.LockdownException;
import lockdown.base.Msg;

/**
 * The PowerShell scripts the wizard runs (resources under {@code lockdown/windows/}): IIS writes
 * through Microsoft.Web.Administration in one commit, the application pool's identity, and the
 * firewall read. Each gets its input as Base64 of UTF-8 JSON on standard input and prints its result
 * the same way, so no code page can garble a name and no secret is ever on a command line. The
 * script itself goes as -EncodedCommand, so no quoting rule can break it.
 */
public final class Scripts {

    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Script {
        POOL_READ, POOL_WRITE, POOL_RESTART, POOL_STATE, IPSECURITY_WRITE, FIREWALL_READ, TASK_REGISTER, TASK_REMOVE;

        /** The resource name, e.g. pool-write.ps1. */
        public String file() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".ps1";
        }
    }

    private Scripts() {
    }

    /** The whole script: the shared prelude, then the script's own part. */
    public static String text(Script s) {
        return resource("prelude.ps1") + "\n" + resource(s.file());
    }

    /** The command line that runs a script (Windows PowerShell 5.1 and later). */
    public static List<String> command(Script s) {
        byte[] utf16 = text(s).getBytes(StandardCharsets.UTF_16LE);
        return new ArrayList<>(List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
                "-EncodedCommand", Base64.getEncoder().encodeToString(utf16)));
    }

    /** What the script reads on standard input. */
    public static byte[] input(Object payload) {
        try {
            return Base64.getEncoder().encode(JSON.writeValueAsBytes(payload));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the script printed, as JSON. */
    public static JsonNode output(byte[] stdout) {
        String text = new String(stdout, StandardCharsets.US_ASCII).strip();
        try {
            return JSON.readTree(Base64.getDecoder().decode(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new LockdownException(Msg.of("windows.script-bad-output"), e);
        }
    }

    /** For previews: the script that runs and the input it gets (with any password already replaced by a placeholder). */
    public static String display(Script s, Object shownPayload) {
        try {
            return "powershell.exe -NoProfile -File " + s.file() + "  (input: " + JSON.writeValueAsString(shownPayload) + ")";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Scripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
