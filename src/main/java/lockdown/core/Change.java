package lockdown.core;

import lockdown.base.Msg;
import java.time.Instant;
import java.util.List;

/**
 * A change the wizard made (or tried to make): enough to report it and to undo it. {@code undoes}
 * names the change this one reversed, if it is an undo.
 */
public record Change(String id, Guide step, String target, Instant time, Settings before, Settings after,
                     Status statusBefore, Status statusAfter, Outcome outcome, Msg result,
                     List<Msg> actions, String undoes) {

    public Change {
        actions = List.copyOf(actions);
    }

    public boolean isUndo() {
        return undoes != null;
    }

    /** One-off actions (an unblock) have no values to restore and cannot be undone. */
    public boolean undoable() {
        return !(before.isEmpty() && after.isEmpty());
    }

    /** Whether the server ended with the new values. */
    public boolean took() {
        return outcome == Outcome.VERIFIED || outcome == Outcome.NOT_VERIFIED;
    }

    /** Whether some of it may be on the server: it took, or it failed and was only partly rolled back. */
    public boolean inPlace() {
        return took() || outcome == Outcome.FAILED_PARTIAL;
    }
}
