package lockdown.ui;

import lockdown.core.Guide;

/** A page of the wizard: the start page, one step, or the summary. */
public record Page(Kind kind, Guide step) {

    public enum Kind {
        START,
        STEP,
        SUMMARY
    }

    public static final Page START = new Page(Kind.START, null);
    public static final Page SUMMARY = new Page(Kind.SUMMARY, null);

    public static Page of(Guide step) {
        return new Page(Kind.STEP, step);
    }
}
