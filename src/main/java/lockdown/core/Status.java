package lockdown.core;

import lockdown.base.Msg;
import java.util.Locale;

/** Where a step stands on a target. */
public enum Status {
    /** The server already meets the guide. */
    COMPLIANT,
    /** The server does not meet the guide. */
    AT_RISK,
    /** The value could not be read; the finding carries the reason. */
    UNKNOWN,
    /** The step does not concern this target (for example Windows steps on a remote server). */
    NOT_APPLICABLE,
    /** No automation for this target: the administrator does it by hand. */
    MANUAL,
    /** The administrator chose to skip the step, with a reason. */
    SKIPPED,
    /** The wizard applied the change and read it back. */
    APPLIED,
    /** Deviates on purpose, under an exception with a reason and an expiry date that has not passed. */
    ACCEPTED_RISK;

    /** The identifier used in JSON and on the command line, e.g. {@code at-risk}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Msg label() {
        return Msg.of("status." + code());
    }

    /** Counts as done in the progress line: the server meets the guide. Skipped and not applicable do not. */
    public boolean done() {
        return this == COMPLIANT || this == APPLIED;
    }
}
