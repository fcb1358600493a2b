package lockdown.core;

import lockdown.base.Msg;
import java.util.Locale;

/** How a change ended. */
public enum Outcome {
    /** Every action ran and reading back showed the new values. */
    VERIFIED,
    /** Every action ran, but reading back did not show the new values. */
    NOT_VERIFIED,
    /** An action failed; the actions that had run were reverted, so nothing is changed. */
    ROLLED_BACK,
    /** An action failed and reverting failed too; the change's message says what was left. */
    FAILED_PARTIAL,
    /** The process ended between the intent and the result (found in the journal afterwards). */
    INTERRUPTED,
    /** The administrator did a manual step by hand and marked it done, with a note; nothing was sent. */
    DONE_BY_HAND,
    /**
     * It took, but it could cut someone off and was not kept: the fresh check of the way in failed,
     * or nobody confirmed it in time. It was undone by itself; the result says why.
     */
    REVERTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Msg label() {
        return Msg.of("outcome." + code());
    }

    public static Outcome fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
