package lockdown.core;

import java.time.Instant;
import java.util.Optional;
import lockdown.base.Msg;

/**
 * Reverts a change at its confirmation deadline even when the wizard is no longer running: on a
 * Windows server a one-shot scheduled task. A target that has none reverts only while the wizard runs.
 */
public interface RevertScheduler {

    /** Arranges for the change to be undone at {@code at} unless confirmed; what was arranged, for people. */
    Msg schedule(String changeId, Guide step, Instant at);

    /** The change was confirmed or reverted: the arrangement goes. */
    void cancel(String changeId);

    /** Whether this scheduler can revert the step without the wizard (API steps need a login the task does not have). */
    boolean covers(Guide step);

    static Optional<RevertScheduler> of(Target target) {
        return target.port(RevertScheduler.class);
    }
}
