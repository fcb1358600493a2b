package lockdown.core;

import java.util.List;
import java.util.Optional;

/**
 * A snapshot of one step in a session: the first and the latest finding, the changes made, and the
 * administrator's skip reason or manual "done" note.
 */
public record StepView(Guide step, Finding first, Finding latest, List<Change> changes, String skipReason,
                       String doneNote) {

    public StepView {
        changes = List.copyOf(changes);
    }

    public boolean probed() {
        return latest != null;
    }

    /** The change that currently holds (even partly): the last one in place that has not been undone. */
    public Optional<Change> standing() {
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change c = changes.get(i);
            if (c.isUndo() && c.took()) {
                return Optional.empty();
            }
            if (!c.isUndo() && c.inPlace()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** What to show: the session's decisions first (skipped, applied), then what the latest probe found. */
    public Status status() {
        if (skipReason != null) {
            return Status.SKIPPED;
        }
        if (latest == null) {
            return Status.UNKNOWN;
        }
        if (latest.result() == ProbeResult.COMPLIANT && standing().filter(c -> c.outcome() == Outcome.VERIFIED).isPresent()) {
            return Status.APPLIED;
        }
        return latest.result().status();
    }

    /** The status when the session first read the step. */
    public Status statusBefore() {
        return first == null ? Status.UNKNOWN : first.result().status();
    }

    /** Counts towards "n of m done": the server meets the guide, or a manual step was marked done. */
    public boolean done() {
        return status().done() || (status() == Status.MANUAL && doneNote != null);
    }

    /** Nothing left to do here: done, not applicable to this target, skipped or accepted on purpose. */
    public boolean settled() {
        return done() || status() == Status.NOT_APPLICABLE || status() == Status.SKIPPED || status() == Status.ACCEPTED_RISK;
    }
}
