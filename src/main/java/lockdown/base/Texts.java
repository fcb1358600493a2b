package lockdown.base;

/**
 * Text that comes from people or servers, made safe: invisible characters (controls, bidi marks)
 * that could hide what a value says or rewrite a terminal line are removed from input and shown
 * as escapes in output.
 */
public final class Texts {

    private Texts() {
    }

    /** Whether the code point is invisible: a control character or a format (bidi, zero-width) character. */
    public static boolean invisible(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }

    /** The text without invisible characters (tabs and line breaks become spaces), stripped. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t' || c == '\n' || c == '\r') {
                sb.append(' ');
            } else if (!invisible(c)) {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString().strip();
    }

    /** The text with every invisible character shown as {@code \\uXXXX}, for messages and the terminal. */
    public static String visible(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (invisible(c)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
