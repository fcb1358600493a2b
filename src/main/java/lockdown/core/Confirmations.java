package lockdown.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lockdown.base.Msg;
import lockdown.base.StepException;

/**
 * Commit-confirmed changes, as network operating systems do them. A change that could cut someone
 * off ({@link Step#wayIn}) is checked afresh once it took: if the way in fails, it is undone at once.
 * If it works, the change waits for the administrator to confirm it within the window; a revert is
 * arranged for the deadline (a scheduled task where the target has a {@link RevertScheduler}, else
 * only while the wizard runs), and without a confirmation in time the change is undone by itself.
 */
final class Confirmations {

    /** The confirmation window when nobody says otherwise. */
    static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);

    private final Session session;
    private final Journal journal;
    private Duration window = DEFAULT_WINDOW;

    Confirmations(Session session, Journal journal) {
        this.session = session;
        this.journal = journal;
    }

    void window(Duration d) {
        if (d.isNegative() || d.compareTo(Duration.ofHours(24)) > 0) {
            throw new lockdown.base.InvalidSettingsException("confirm-within", Msg.of("confirm.window-range"));
        }
        window = d;
    }

    Duration window() {
        return window;
    }

    /** After a change took: the fresh check, then waiting (or, with a window of zero, keeping it at once). */
    Change afterApply(Change c, Plan plan) {
        if (c.outcome() != Outcome.VERIFIED) {
            return c;
        }
        Optional<WayIn> way = session.step(c.step()).wayIn(session.target(), plan);
        if (way.isEmpty()) {
            return c;
        }
        Optional<Msg> problem = way.get().problem();
        if (problem.isPresent()) {
            return revert(c, Msg.of("confirm.way-in-failed", way.get().what(), problem.get()));
        }
        if (window.isZero()) {
            journal.confirmed(c.id());
            return c;
        }
        Instant deadline = Instant.now().plus(window);
        Msg arrangement = RevertScheduler.of(session.target()).filter(r -> r.covers(c.step()))
                .map(r -> r.schedule(c.id(), c.step(), deadline)).orElse(Msg.of("confirm.only-while-running"));
        journal.awaiting(c.id(), deadline, arrangement);
        return c;
    }

    Optional<Journal.Awaiting> awaitingUntil(String changeId) {
        return journal.awaitingUntil(changeId);
    }

    boolean confirmed(String changeId) {
        return journal.isConfirmed(changeId);
    }

    /** The changes on this target waiting for confirmation now. */
    List<Change> awaiting() {
        return journal.changes(session.targetKey()).stream().filter(c -> journal.awaitingUntil(c.id()).isPresent()).toList();
    }

    /** The administrator keeps the change. */
    Change confirm(String changeId) {
        if (journal.awaitingUntil(changeId).isEmpty()) {
            throw new StepException(Msg.of("confirm.not-awaiting", changeId));
        }
        journal.confirmed(changeId);
        RevertScheduler.of(session.target()).ifPresent(r -> r.cancel(changeId));
        return session.findChange(changeId);
    }

    /** The deadline passed (or the administrator chose to undo): the change is undone, and says why. */
    Change revertUnconfirmed(String changeId, Msg why) {
        if (journal.isConfirmed(changeId)) {
            throw new StepException(Msg.of("confirm.already-confirmed", changeId));
        }
        return revert(session.findChange(changeId), why);
    }

    private Change revert(Change c, Msg why) {
        RevertScheduler.of(session.target()).ifPresent(r -> r.cancel(c.id()));
        Optional<Change> undo = session.undo(c.id());
        Finding now = session.view(c.step()).latest();
        Msg undone = undo.map(Change::result).orElse(Msg.of("cli.nothing-to-change"));
        if (undo.isPresent() && undo.get().outcome() != Outcome.VERIFIED) {
            return session.close(c, Outcome.FAILED_PARTIAL, now.result().status(), Msg.of("confirm.revert-failed", c.id(), why, undone));
        }
        return session.close(c, Outcome.REVERTED, now.result().status(), Msg.of("confirm.reverted", c.id(), why, undone));
    }
}
