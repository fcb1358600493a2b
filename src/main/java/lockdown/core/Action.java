package lockdown.core;

import lockdown.base.Msg;
import lockdown.base.LockdownException;
import java.util.Set;

/**
 * One step of a plan: what it does in words, the equivalent command or API call (with any password
 * replaced by a placeholder), its risks, and how to do and undo it. {@code revert} is what the
 * session runs to put things back when a later action of the same plan fails.
 */
public record Action(Msg description, String command, Set<Risk> risks, Operation perform, Operation revert) {

    public Action {
        risks = Set.copyOf(risks);
    }

    /** Work that talks to the server or to Windows; failures are {@link LockdownException}s. */
    @FunctionalInterface
    public interface Operation {
        void run();
    }
}
