package lockdown.core;

import lockdown.base.Msg;
/** A line under a finding; {@code flagged} lines are the ones that need attention (shown in red). */
public record Detail(Msg msg, boolean flagged) {

    public static Detail of(Msg msg) {
        return new Detail(msg, false);
    }

    public static Detail flagged(Msg msg) {
        return new Detail(msg, true);
    }

    public String text() {
        return msg.text();
    }
}
