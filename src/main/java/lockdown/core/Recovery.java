package lockdown.core;

import java.util.List;
import java.util.stream.Collectors;
import lockdown.base.Msg;
import lockdown.base.StepException;

/**
 * Closing a change the process did not live to finish (a crash, a kill, power lost). Its intent
 * line holds the values from before it and the actions; the journal shows which actions started and
 * which finished, and an action started but not finished may have done its work. So the step is
 * read now and compared, value by value, with both "before" and "after":
 * <ul>
 * <li>finishing the revert (the default) plans from what stands now back to "before" and runs that
 *     as a change of its own (journaled as undoing the interrupted one);</li>
 * <li>keeping what ran changes nothing and records whether the change is complete or partly in
 *     place (then undo finishes putting things back).</li>
 * </ul>
 * Either way the interrupted change gets its end line, so it is no longer reported as interrupted.
 */
public final class Recovery {

    /**
     * How long a write of the stopped process may still be on its way: the client's call timeout. A
     * request sent just before the process died can reach the server after it, so the step is read
     * only once that time has passed since the journal last heard of the change.
     */
    static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(30);

    private final Session session;
    private final Journal journal;
    private final java.time.Duration settle;

    Recovery(Session session, Journal journal, java.time.Duration settle) {
        this.session = session;
        this.journal = journal;
        this.settle = settle;
    }

    /** Waits, when an action may still be in flight, until it has landed or can no longer land. */
    private void letInFlightWritesLand(Change c, Journal.Progress p) {
        if (p.uncertain().isEmpty()) {
            return;
        }
        java.time.Instant last = journal.lastWritten(c.id()).orElse(java.time.Instant.EPOCH);
        java.time.Duration left = java.time.Duration.between(java.time.Instant.now(), last.plus(settle));
        if (left.isPositive()) {
            try {
                Thread.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StepException(Msg.of("recover.interrupted", c.id()));
            }
        }
    }

    Change recover(Change c, boolean keep) {
        if (c.outcome() != Outcome.INTERRUPTED) {
            throw new StepException(Msg.of("recover.not-interrupted", c.id(), c.outcome().label()));
        }
        Guide g = c.step();
        Step step = session.step(g);
        return session.exclusive(g, () -> {
            letInFlightWritesLand(c, journal.progress(c.id()));
            Finding now = session.probeNow(g);
            if (now.result() == ProbeResult.UNKNOWN) {
                throw new StepException(Msg.of("recover.cannot-read", c.id(), now.reason()));
            }
            Msg ran = describe(journal.progress(c.id()));
            if (!c.undoable()) {
                return session.close(c, Outcome.NOT_VERIFIED, now.result().status(), Msg.of("recover.one-off", c.id(), ran));
            }
            List<Msg> fromBefore = Session.differences(step, c.before(), now);
            if (keep || fromBefore.isEmpty()) {
                return kept(c, step, now, fromBefore, ran);
            }
            session.run(step.plan(session.target(), now, c.before()), c.id());
            Finding after = session.view(g).latest();
            List<Msg> left = Session.differences(step, c.before(), after);
            return left.isEmpty()
                    ? session.close(c, Outcome.ROLLED_BACK, after.result().status(), Msg.of("recover.reverted", c.id(), ran))
                    : session.close(c, Outcome.FAILED_PARTIAL, after.result().status(),
                            Msg.of("recover.revert-partial", c.id(), ran, Session.joined(left)));
        });
    }

    /** Nothing is changed: the interrupted change is recorded as complete, as never having run, or as partly in place. */
    private Change kept(Change c, Step step, Finding now, List<Msg> fromBefore, Msg ran) {
        List<Msg> fromAfter = Session.differences(step, c.after(), now);
        if (fromAfter.isEmpty()) {
            Status shown = now.result() == ProbeResult.COMPLIANT ? Status.APPLIED : now.result().status();
            return session.close(c, Outcome.VERIFIED, shown, Msg.of("recover.complete", c.id(), ran));
        }
        if (fromBefore.isEmpty()) {
            return session.close(c, Outcome.ROLLED_BACK, now.result().status(), Msg.of("recover.nothing-ran", c.id(), ran));
        }
        return session.close(c, Outcome.FAILED_PARTIAL, now.result().status(),
                Msg.of("recover.kept-partial", c.id(), ran, Session.joined(fromAfter)));
    }

    /** "actions finished: 1, 2; started, not known to have finished: 3", numbered from 1 as people count. */
    public static Msg describe(Journal.Progress p) {
        return Msg.of("recover.progress", numbers(p.finished()), numbers(p.uncertain()));
    }

    private static String numbers(java.util.Set<Integer> actions) {
        return actions.isEmpty() ? "-" : actions.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", "));
    }
}
