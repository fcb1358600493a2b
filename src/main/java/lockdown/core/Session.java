package lockdown.core;

import lockdown.base.Msg;
import lockdown.base.LockdownException;
import lockdown.base.InvalidSettingsException;
import lockdown.base.StepException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

/**
 * One run of the wizard against one target: the findings, the changes, the skipped steps. The GUI
 * and the CLI both drive this. Blocking methods are meant for background threads; probes run
 * concurrently on the executor.
 *
 * <p>Applying a plan: the intent goes to the journal, then each action runs with the journal written
 * before and after it. If one fails, the actions that ran are reverted in reverse order, so a change
 * is never left half applied. Then the step is read again and the new values compared with the plan.
 */
public final class Session {

    private static final Logger LOG = System.getLogger("lockdown.session");
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Target target;
    private final Map<Guide, Step> steps;
    private final Journal journal;
    private final Confirmations confirmations;
    private final ExecutorService executor;
    private final Instant started = Instant.now();
    private final Map<Guide, State> states = new EnumMap<>(Guide.class);
    private volatile Profile profile = Profile.NONE;

    public Session(Target target, Map<Guide, Step> steps, Journal journal, ExecutorService executor) {
        this.target = target;
        this.steps = Map.copyOf(steps);
        this.journal = journal;
        this.confirmations = new Confirmations(this, journal);
        this.executor = executor;
        for (Guide g : Guide.values()) {
            states.put(g, new State());
        }
        // Steps done by hand earlier on this target stay done (the journal keeps the marks).
        for (Change c : journal.changes(targetKey())) {
            if (c.outcome() == Outcome.DONE_BY_HAND) {
                states.get(c.step()).done(note(c));
            }
        }
    }

    /** The administrator's note of a "done by hand" mark. */
    public static String note(Change mark) {
        return mark.result().args().isEmpty() ? "" : String.valueOf(mark.result().args().getFirst());
    }

    public Target target() {
        return target;
    }

    public Instant started() {
        return started;
    }

    public Journal journal() {
        return journal;
    }

    public Step step(Guide g) {
        Step s = steps.get(g);
        if (s == null) {
            throw new StepException(Msg.of("error.no-step", g.id()));
        }
        return s;
    }

    /** The key that identifies this target in the journal. */
    public String targetKey() {
        return target.key();
    }

    // ---- the profile --------------------------------------------------------------------------

    /**
     * Judges every step by this profile from now on: its values are the recommended ones, a step
     * is compliant when they hold, and its exceptions turn a deviation into accepted risk.
     * Steps read already are judged again without reading the server.
     */
    public void use(Profile p) {
        profile = p;
        for (Guide g : Guide.values()) {
            states.get(g).rejudge(f -> p.judge(f, step(g).settings(), LocalDate.now()));
        }
    }

    public Profile profile() {
        return profile;
    }

    // ---- reading ----------------------------------------------------------------------------

    /** Reads one step now. A failure becomes an UNKNOWN finding with the reason. */
    public Finding probeNow(Guide g) {
        Finding f;
        try {
            f = step(g).probe(target);
        } catch (LockdownException e) {
            f = Finding.unknown(g, e.msg());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "probe of " + g.id() + " failed", e);
            f = Finding.unknown(g, Msg.of("error.unexpected", e.getClass().getSimpleName()));
        }
        Finding judged = profile.judge(f, step(g).settings(), LocalDate.now());
        states.get(g).record(judged, f);
        return judged;
    }

    public CompletableFuture<Finding> probe(Guide g) {
        return CompletableFuture.supplyAsync(() -> probeNow(g), executor);
    }

    /** Reads every step concurrently; {@code each} hears about every finding as it arrives. */
    public CompletableFuture<Void> probeAll(BiConsumer<Guide, Finding> each) {
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (Guide g : Guide.values()) {
            all.add(probe(g).thenAccept(f -> each.accept(g, f)));
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
    }

    public StepView view(Guide g) {
        return states.get(g).view(g);
    }

    public List<StepView> views() {
        return Guide.steps().stream().map(this::view).toList();
    }

    public Status status(Guide g) {
        return view(g).status();
    }

    /** Every change of this session, oldest first. */
    public List<Change> changes() {
        List<Change> all = new ArrayList<>();
        for (Guide g : Guide.values()) {
            all.addAll(states.get(g).view(g).changes());
        }
        all.sort(java.util.Comparator.comparing(Change::time));
        return all;
    }

    // ---- planning and applying --------------------------------------------------------------

    /** Validates the values and makes the plan from the latest finding (reading first if needed). */
    public Plan plan(Guide g, Settings desired) {
        Step step = step(g);
        Finding current = Optional.ofNullable(view(g).latest()).orElseGet(() -> probeNow(g));
        if (!step.automated(current)) {
            throw new StepException(Msg.of("error.not-automated", g.title(), current.result().label()));
        }
        Settings valid = desired.validated(step.settings());
        return step.plan(target, current, valid);
    }

    /**
     * Runs a plan, verifies it and journals it. Returns empty when the plan has nothing to do.
     * A failed action rolls back the ones before it; the returned change says how it ended.
     */
    public Optional<Change> apply(Plan plan) {
        return run(plan, null).map(c -> confirmations.afterApply(c, plan));
    }

    // ---- commit-confirmed changes (Confirmations) --------------------------------------------

    /** How long a change that could cut someone off waits for confirmation (zero: kept once the fresh check passes). */
    public void confirmWithin(java.time.Duration window) {
        confirmations.window(window);
    }

    public java.time.Duration confirmWindow() {
        return confirmations.window();
    }

    /** The deadline of a change waiting for confirmation (and how it is undone without one), if it waits. */
    public Optional<Journal.Awaiting> awaitingConfirmation(String changeId) {
        return confirmations.awaitingUntil(changeId);
    }

    /** Whether the administrator confirmed a change that could cut someone off. */
    public boolean confirmed(String changeId) {
        return confirmations.confirmed(changeId);
    }

    /** The changes on this target that wait for confirmation now. */
    public List<Change> awaitingConfirmation() {
        return confirmations.awaiting();
    }

    /** Keeps a change that waits for confirmation. */
    public Change confirm(String changeId) {
        return confirmations.confirm(changeId);
    }

    /** Undoes a change that was not confirmed (its deadline passed, or the administrator chose so), saying why. */
    public Change revertUnconfirmed(String changeId, Msg why) {
        return confirmations.revertUnconfirmed(changeId, why);
    }

    /** Restores the values a change replaced. Refuses if someone changed them since. */
    public Optional<Change> undo(String changeId) {
        Change change = findChange(changeId);
        if (change.outcome() == Outcome.INTERRUPTED) {
            // The journal's intent holds the values from before it: finish the revert.
            return Optional.of(recover(changeId, false));
        }
        Guide g = change.step();
        if (!change.inPlace()) {
            throw new StepException(Msg.of("undo.did-not-take", change.id(), change.outcome().label()));
        }
        if (change.isUndo()) {
            throw new StepException(Msg.of("undo.is-undo", change.id()));
        }
        if (!change.undoable()) {
            throw new StepException(Msg.of("undo.one-off", change.id()));
        }
        if (isUndone(change.id())) {
            throw new StepException(Msg.of("undo.already", change.id()));
        }
        Finding now = probeNow(g);
        if (now.result() == ProbeResult.UNKNOWN) {
            throw new StepException(Msg.of("undo.cannot-read", change.id(), now.reason()));
        }
        Step step = step(g);
        // A change only partly in place is finished off, whatever stands now; a complete one is undone
        // only if nobody changed its values since.
        for (String key : change.took() ? change.after().keys() : java.util.Set.<String>of()) {
            Setting<?> s = setting(step, key);
            if (!s.holds(now.current().get(key), change.after().get(key))) {
                throw new StepException(Msg.of("undo.changed-since", change.id(), s.label(),
                        s.format(change.after().get(key)), s.format(now.current().get(key))));
            }
        }
        Plan plan = step.plan(target, now, change.before());
        return run(plan, change.id());
    }

    /** Changes on this target that the journal shows started but never ended (a crash or a kill). */
    public List<Change> interrupted() {
        return journal.changes(targetKey()).stream().filter(c -> c.outcome() == Outcome.INTERRUPTED).toList();
    }

    /**
     * Closes a change the journal shows interrupted: by default the revert is finished (the values
     * go back to what its intent recorded as before); with {@code keep}, what ran is kept and only
     * recorded. See {@link Recovery}.
     */
    public Change recover(String changeId, boolean keep) {
        return new Recovery(this, journal, settleAfterCrash).recover(findChange(changeId), keep);
    }

    private java.time.Duration settleAfterCrash = Recovery.SETTLE;

    /**
     * How long after the journal last heard of an interrupted change its step is first read, when an
     * action may have been in flight (a write sent just before the process died can land after it).
     * The client's call timeout by default; shorter only against a server known to answer at once.
     */
    public void settleAfterCrash(java.time.Duration d) {
        settleAfterCrash = d;
    }

    /** A journal line that could not be read (cut short by a crash), if there is one. */
    public Optional<Msg> journalProblem() {
        return journal.torn();
    }

    /** How far an interrupted change's actions got, as the journal shows it. */
    public Journal.Progress progress(String changeId) {
        return journal.progress(changeId);
    }

    /** Records the end of a change begun earlier (an interrupted one, closed by {@link Recovery}). */
    Change close(Change c, Outcome outcome, Status after, Msg result) {
        journal.finished(c.id(), outcome, after, result);
        LOG.log(Level.INFO, "interrupted change " + c.id() + " closed: " + outcome.code());
        Change closed = new Change(c.id(), c.step(), c.target(), c.time(), c.before(), c.after(), c.statusBefore(), after, outcome,
                result, c.actions(), c.undoes());
        states.get(c.step()).add(closed);
        return closed;
    }

    /** The most recent change on this target that can still be undone (or, interrupted, recovered). */
    public Optional<Change> lastUndoable() {
        List<Change> all = journal.changes(targetKey());
        for (int i = all.size() - 1; i >= 0; i--) {
            Change c = all.get(i);
            if (c.outcome() == Outcome.INTERRUPTED && c.undoable()
                    || c.inPlace() && !c.isUndo() && c.undoable() && !isUndone(c.id())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private boolean isUndone(String id) {
        return journal.changes().stream().anyMatch(c -> id.equals(c.undoes()) && c.took());
    }

    Change findChange(String id) {
        return changes().stream().filter(c -> c.id().equals(id)).findFirst()
                .or(() -> journal.change(id))
                .orElseThrow(() -> new StepException(Msg.of("undo.unknown-change", id)));
    }

    Optional<Change> run(Plan plan, String undoes) {
        Guide g = plan.step();
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        return exclusive(g, () -> {
            Status before = view(g).status();
            String id = newId();
            List<Msg> descriptions = plan.actions().stream().map(Action::description).toList();
            journal.intent(id, g, targetKey(), target.operator(), plan.before(), plan.after(), before, descriptions, undoes);
            LOG.log(Level.INFO, "change " + id + " on " + g.id() + ": " + plan.actions().size() + " action(s)");

            List<Action> done = new ArrayList<>();
            for (int i = 0; i < plan.actions().size(); i++) {
                Action a = plan.actions().get(i);
                journal.action(id, Journal.Phase.ACTION_STARTED, i, a.description());
                try {
                    a.perform().run();
                } catch (RuntimeException e) {
                    Msg why = why(e);
                    journal.action(id, Journal.Phase.ACTION_FAILED, i, why);
                    // A failed action that may have done its work anyway (its answer lost, a service still
                    // starting) is reverted too, first. Reverts are safe to run when their action did nothing.
                    boolean certain = e instanceof LockdownException le && !le.uncertain();
                    List<Action> toRevert = new ArrayList<>(done);
                    if (!certain) {
                        toRevert.add(a);
                    }
                    return Optional.of(rollBack(plan, id, i, toRevert, why, before, undoes, descriptions));
                }
                journal.action(id, Journal.Phase.ACTION_FINISHED, i, null);
                done.add(a);
            }
            return Optional.of(verify(plan, id, before, undoes, descriptions));
        });
    }

    /** Runs {@code work} while nothing else changes this step; refuses at once when something does. */
    <T> T exclusive(Guide g, java.util.function.Supplier<T> work) {
        State state = states.get(g);
        if (!state.lock.tryLock()) {
            throw new StepException(Msg.of("error.busy", g.title()));
        }
        try {
            return work.get();
        } finally {
            state.lock.unlock();
        }
    }

    /** What a failure says, for the journal and the result. */
    private static Msg why(RuntimeException e) {
        return e instanceof LockdownException le ? le.msg() : Msg.of("error.unexpected", e.getClass().getSimpleName());
    }

    private Change verify(Plan plan, String id, Status before, String undoes, List<Msg> descriptions) {
        Guide g = plan.step();
        Finding after = probeNow(g);
        Step step = step(g);
        List<Msg> differences = after.result() == ProbeResult.UNKNOWN ? List.of(after.reason()) : differences(step, plan.after(), after);
        Outcome outcome = differences.isEmpty() ? Outcome.VERIFIED : Outcome.NOT_VERIFIED;
        Status statusAfter = outcome == Outcome.VERIFIED && after.result() == ProbeResult.COMPLIANT ? Status.APPLIED : after.result().status();
        Msg result;
        if (!differences.isEmpty()) {
            result = Msg.of("apply.not-verified", g.title(), joined(differences));
        } else if (undoes != null) {
            result = Msg.of("undo.verified", g.title());
        } else if (after.result() == ProbeResult.AT_RISK) {
            result = Msg.of("apply.verified-still-at-risk", g.title(), after.reason());
        } else {
            result = Msg.of("apply.verified", g.title());
        }
        return finish(plan, id, before, statusAfter, outcome, result, undoes, descriptions);
    }

    /**
     * Reverts {@code toRevert} (the actions that ran, the failed one last) in reverse order, then reads
     * the step again and compares it, value by value, with the values before the change. It ends as
     * rolled back only when every value is back and every revert of an action that had run worked
     * (the failed action's own revert may fail when that action never happened: the values say so).
     * Otherwise it ends as failed and partly in place, naming what is left, and can be undone.
     */
    private Change rollBack(Plan plan, String id, int failedIndex, List<Action> toRevert, Msg why, Status before,
                            String undoes, List<Msg> descriptions) {
        Guide g = plan.step();
        List<Msg> left = new ArrayList<>();
        List<Msg> failedOwnRevert = new ArrayList<>();
        for (int i = toRevert.size() - 1; i >= 0; i--) {
            Action a = toRevert.get(i);
            try {
                a.revert().run();
                journal.action(id, Journal.Phase.REVERTED, i, null);
            } catch (RuntimeException e) {
                Msg revertWhy = why(e);
                journal.action(id, Journal.Phase.REVERT_FAILED, i, revertWhy);
                (i == failedIndex ? failedOwnRevert : left).add(a.description());
            }
        }
        Finding now = probeNow(g);
        List<Msg> differ = differences(step(g), plan.before(), now);
        boolean unread = now.result() == ProbeResult.UNKNOWN || now.result() == ProbeResult.MANUAL || now.result() == ProbeResult.NOT_APPLICABLE;
        boolean allCertain = toRevert.size() == failedIndex && left.isEmpty();
        if (unread && allCertain) {
            // Nothing could be read back, but every action that ran was reverted and the failed one
            // certainly did not happen: nothing is changed.
            differ = List.of();
        }
        if (!differ.isEmpty()) {
            left.addAll(failedOwnRevert);
        }
        left.addAll(differ);
        Msg failed = plan.actions().get(failedIndex).description();
        Outcome outcome = left.isEmpty() ? Outcome.ROLLED_BACK : Outcome.FAILED_PARTIAL;
        Msg result = left.isEmpty()
                ? Msg.of(failedIndex == 0 ? nothingChanged(why) : "apply.failed-rolled-back", failed, why)
                : Msg.of("apply.failed-partial", failed, why, joined(left));
        return finish(plan, id, before, now.result().status(), outcome, result, undoes, descriptions);
    }

    /** Where the values read now are not those of {@code wanted}, in words; the read failure itself when nothing could be read. */
    static List<Msg> differences(Step step, Settings wanted, Finding now) {
        List<Msg> out = new ArrayList<>();
        if (now.result() == ProbeResult.UNKNOWN || now.result() == ProbeResult.MANUAL || now.result() == ProbeResult.NOT_APPLICABLE) {
            out.add(Msg.of("apply.not-read-back", now.reason()));
            return out;
        }
        for (String key : wanted.keys()) {
            Setting<?> s = setting(step, key);
            Object read = now.current().get(key);
            Object value = wanted.get(key);
            if (!s.holds(read, value)) {
                List<String> lost = s.lost(read, value);
                out.add(lost.isEmpty() ? Msg.of("verify.differs", s.label(), s.format(value), s.format(read))
                        : Msg.of("verify.fields-differ", s.label(), String.join(", ", lost)));
            }
        }
        return out;
    }

    private Change finish(Plan plan, String id, Status before, Status after, Outcome outcome, Msg result, String undoes,
                          List<Msg> descriptions) {
        journal.finished(id, outcome, after, result);
        LOG.log(outcome == Outcome.VERIFIED ? Level.INFO : Level.WARNING, "change " + id + " ended " + outcome.code());
        Change c = new Change(id, plan.step(), targetKey(), Instant.now(), plan.before(), plan.after(), before, after,
                outcome, result, descriptions, undoes);
        states.get(plan.step()).add(c);
        return c;
    }

    // ---- one-off actions and preparations -------------------------------------------------------

    /** The one-off actions a step's page offers now (reads the target). */
    public List<Offer> offers(Guide g) {
        return step(g).offers(target);
    }

    /**
     * Runs a one-off action, journaled like a change; verified when the offer is gone on reading
     * again. It cannot be undone.
     */
    public Change perform(Guide g, Offer offer) {
        Plan plan = new Plan(g, Settings.EMPTY, Settings.EMPTY, List.of(offer.action()), List.of());
        return exclusive(g, () -> {
            Status before = view(g).status();
            String id = newId();
            List<Msg> descriptions = List.of(offer.action().description());
            journal.intent(id, g, targetKey(), target.operator(), Settings.EMPTY, Settings.EMPTY, before, descriptions, null);
            journal.action(id, Journal.Phase.ACTION_STARTED, 0, offer.action().description());
            try {
                offer.action().perform().run();
            } catch (RuntimeException e) {
                Msg why = why(e);
                journal.action(id, Journal.Phase.ACTION_FAILED, 0, why);
                return finish(plan, id, before, before, Outcome.ROLLED_BACK,
                        Msg.of(nothingChanged(why), offer.action().description(), why), null, descriptions);
            }
            journal.action(id, Journal.Phase.ACTION_FINISHED, 0, null);
            boolean gone = step(g).offers(target).stream().noneMatch(o -> o.id().equals(offer.id()));
            Finding now = probeNow(g);
            return finish(plan, id, before, now.result().status(), gone ? Outcome.VERIFIED : Outcome.NOT_VERIFIED,
                    Msg.of(gone ? "offer.done" : "offer.not-verified", offer.action().description()), null, descriptions);
        });
    }

    /** What the administrator needs before filling in a value (a two-factor secret to scan). */
    public Enrolment prepare(Guide g, String account) {
        return step(g).prepare(target, account);
    }

    // ---- skip and manual marks ----------------------------------------------------------------

    public void skip(Guide g, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidSettingsException("skip-reason", Msg.of("skip.reason-required"));
        }
        states.get(g).skip(reason.strip());
        LOG.log(Level.INFO, "skipped " + g.id());
    }

    public void unskip(Guide g) {
        states.get(g).skip(null);
    }

    /**
     * Marks a manual step as done by hand, with the administrator's note: journaled like a change (it
     * changes nothing on the server and cannot be undone), so it holds for later runs too.
     */
    public Change markDone(Guide g, String note) {
        if (view(g).latest() == null || view(g).latest().result() != ProbeResult.MANUAL) {
            throw new StepException(Msg.of("manual.not-manual", g.title()));
        }
        String text = note == null ? "" : note.replaceAll("[\\p{Cntrl}\\p{Cf}]+", " ").strip();
        if (text.length() > 500) {
            throw new InvalidSettingsException("note", Msg.of("manual.note-long", 500));
        }
        String id = newId();
        Status before = view(g).status();
        Msg what = Msg.of("manual.marked", text.isEmpty() ? "-" : text);
        journal.intent(id, g, targetKey(), target.operator(), Settings.EMPTY, Settings.EMPTY, before, List.of(what), null);
        Msg result = Msg.of("manual.done", text);
        journal.finished(id, Outcome.DONE_BY_HAND, Status.MANUAL, result);
        LOG.log(Level.INFO, "marked " + g.id() + " done by hand");
        states.get(g).done(text);
        Change c = new Change(id, g, targetKey(), Instant.now(), Settings.EMPTY, Settings.EMPTY, before, Status.MANUAL,
                Outcome.DONE_BY_HAND, result, List.of(what), null);
        states.get(g).add(c);
        return c;
    }

    private static Setting<?> setting(Step step, String key) {
        return step.settings().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new StepException(Msg.of("setting.unknown", key, "")));
    }

    /** The message for a first action that failed; without repeating "nothing was changed" if the reason says it. */
    private static String nothingChanged(Msg why) {
        return why.saysNothingChanged() ? "apply.failed" : "apply.failed-nothing-changed";
    }

    static String joined(List<Msg> msgs) {
        return String.join("; ", msgs.stream().map(Msg::text).toList());
    }

    private static String newId() {
        return ID_TIME.format(Instant.now()) + "-" + Integer.toHexString(0x1000 + ThreadLocalRandom.current().nextInt(0xF000));
    }

    /** The mutable state of one step; guarded by its own monitor. */
    private static final class State {
        private final ReentrantLock lock = new ReentrantLock();
        private Finding first;
        private Finding latest;
        /** The latest finding as the step judged it, before a profile did. */
        private Finding read;
        private final List<Change> changes = new ArrayList<>();
        private String skipReason;
        private String doneNote;

        synchronized void record(Finding f, Finding asRead) {
            if (first == null) {
                first = f;
            }
            latest = f;
            read = asRead;
        }

        /** Judges the latest reading again (a profile or an exception came), without reading the server. */
        synchronized void rejudge(java.util.function.UnaryOperator<Finding> judge) {
            if (read != null) {
                latest = judge.apply(read);
            }
        }

        synchronized void add(Change c) {
            changes.add(c);
        }

        synchronized void skip(String reason) {
            skipReason = reason;
        }

        synchronized void done(String note) {
            doneNote = note;
        }

        synchronized StepView view(Guide g) {
            return new StepView(g, first, latest, changes, skipReason, doneNote);
        }
    }
}
