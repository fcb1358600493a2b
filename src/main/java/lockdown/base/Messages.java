package lockdown.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The one place user-facing text comes from: {@code lockdown/messages.properties}. */
public final class Messages {

    public static final String BUNDLE = "lockdown.messages";

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    public static boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** The text for a key without arguments. */
    public static String get(String key) {
        return text(Msg.of(key));
    }

    /**
     * Formats a message. The bundle uses the typographic apostrophe (’), so patterns need no quoting
     * rules. Arguments are inserted as plain strings (no number grouping, so build 9511
     * stays "9511"); a {@link Msg} argument is formatted first. A number whose place in the pattern
     * names a format, such as {@code {0,choice,1#one entry|1<{0} entries}}, stays a number for it.
     */
    public static String text(Msg msg) {
        String pattern;
        try {
            pattern = bundle().getString(msg.key());
        } catch (MissingResourceException e) {
            return "!" + msg.key() + "!";
        }
        if (msg.args().isEmpty()) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        Object[] args = new Object[msg.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object a = msg.args().get(i);
            boolean formatted = i < formats.length && formats[i] != null && a instanceof Number;
            args[i] = formatted ? a : plain(a);
        }
        return format.format(args);
    }

    private static Object plain(Object arg) {
        return arg instanceof Msg m ? text(m) : String.valueOf(arg);
    }
}
