package lockdown.core;

import lockdown.base.Msg;

/**
 * What reading a step found on the target, and nothing else (compare OpenSCAP's pass, fail, error,
 * notapplicable, notchecked). What the session did about it (applied, skipped) is a {@link Status}.
 */
public enum ProbeResult {
    /** The server already meets the guide. */
    COMPLIANT,
    /** The server does not meet the guide. */
    AT_RISK,
    /** The value could not be read; the finding carries the reason. */
    UNKNOWN,
    /** The step does not concern this target (for example Windows steps on a remote server). */
    NOT_APPLICABLE,
    /** Not checked here: no automation for this target, the administrator does it by hand. */
    MANUAL,
    /** The server deviates from the guide or the profile on purpose, under an exception that has not expired. */
    ACCEPTED_RISK;

    /** The identifier used in JSON and on the command line, e.g. {@code at-risk}. */
    public String code() {
        return status().code();
    }

    public Msg label() {
        return status().label();
    }

    /** The status this result shows as while the session has done nothing about the step. */
    public Status status() {
        return switch (this) {
            case COMPLIANT -> Status.COMPLIANT;
            case AT_RISK -> Status.AT_RISK;
            case UNKNOWN -> Status.UNKNOWN;
            case NOT_APPLICABLE -> Status.NOT_APPLICABLE;
            case MANUAL -> Status.MANUAL;
            case ACCEPTED_RISK -> Status.ACCEPTED_RISK;
        };
    }
}
