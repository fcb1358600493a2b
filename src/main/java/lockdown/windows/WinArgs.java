package lockdown.windows;

import java.util.List;

/**
 * Joins arguments into one Windows command line so that the receiving program's CommandLineToArgvW
 * (or the C runtime) gets each back exactly: every argument in double quotes, a quote inside escaped
 * as \", and backslashes doubled only where they precede a quote (the closing one included).
 */
public final class WinArgs {

    private WinArgs() {
    }

    public static String join(List<String> args) {
        StringBuilder sb = new StringBuilder();
        for (String a : args) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(quote(a));
        }
        return sb.toString();
    }

    public static String quote(String arg) {
        StringBuilder sb = new StringBuilder("\"");
        int backslashes = 0;
        for (char c : arg.toCharArray()) {
            if (c == '\\') {
                backslashes++;
                continue;
            }
            if (c == '"') {
                sb.append("\\".repeat(backslashes * 2 + 1)).append('"');
            } else {
                sb.append("\\".repeat(backslashes)).append(c);
            }
            backslashes = 0;
        }
        sb.append("\\".repeat(backslashes * 2)).append('"');
        return sb.toString();
    }
}
