package lockdown.core;

import lockdown.base.Messages;
import java.util.Locale;

/**
 * The confirmation an administrator types to apply an address list that would shut out the
 * address the wizard itself connects from.
 */
public final class Lockout {

    private Lockout() {
    }

    /** The phrase to type, in the administrator's language. */
    public static String phrase() {
        return Messages.get("lockout.phrase");
    }

    /** Whether {@code desired} holds the phrase, typed in any case, under {@code confirm}. */
    public static boolean confirmed(Settings desired, Setting<String> confirm) {
        return desired.has(confirm) && desired.get(confirm).strip().toLowerCase(Locale.ROOT)
                .equals(phrase().toLowerCase(Locale.ROOT));
    }
}
