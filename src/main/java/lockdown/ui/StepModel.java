package lockdown.ui;

import lockdown.core.ProbeResult;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import lockdown.base.LockdownException;
import lockdown.base.Msg;
import lockdown.core.Backend;
import lockdown.core.Change;
import lockdown.core.Enrolment;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.Offer;
import lockdown.core.Outcome;
import lockdown.core.Plan;
import lockdown.core.Session;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.Step;
import lockdown.core.StepView;

/**
 * The state of one step page, without controls: the latest snapshot; the form (one typed
 * {@link FormField} per value the administrator may change, filled with the recommendation); the
 * plan for the values in the form, made again a moment after each edit; what is running; whether
 * Apply and Undo are possible, as bindings; and the result of the last apply or undo. Every call to
 * the server runs in the background; properties change on the FX thread.
 */
final class StepModel {

    /** The outcome of an apply, undo or read, for the message on the page. */
    record Result(boolean ok, Msg text) {
    }

    private final Guide step;
    private final WizardModel wizard;
    private final ObjectProperty<StepView> view = new SimpleObjectProperty<>();
    private final ObservableList<FormField<?>> form = FXCollections.observableArrayList();
    private final IntegerProperty edits = new SimpleIntegerProperty();
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> planProblem = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty previewPending = new SimpleBooleanProperty();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(250));
    private final TaskSlot previews;
    private final TaskSlot work;
    private final StringProperty busyText = new SimpleStringProperty("");
    private final ObjectProperty<Result> result = new SimpleObjectProperty<>();
    private final ObservableList<Offer> offers = FXCollections.observableArrayList();
    private final BooleanBinding automated;
    private final BooleanBinding fieldsValid;
    private final BooleanBinding readOnly;
    private final BooleanBinding canApply;
    private final BooleanBinding canUndo;
    private final ObjectProperty<Waiting> waiting = new SimpleObjectProperty<>();
    private final IntegerProperty secondsLeft = new SimpleIntegerProperty();
    private final javafx.animation.Timeline countdown = new javafx.animation.Timeline(
            new javafx.animation.KeyFrame(Duration.seconds(1), e -> tick()));

    /** A change of this page waiting for the administrator to keep it: which, until when, and how it is undone otherwise. */
    record Waiting(String changeId, java.time.Instant deadline, Msg revert) {
    }

    StepModel(Guide step, WizardModel wizard) {
        this.step = step;
        this.wizard = wizard;
        this.previews = new TaskSlot(wizard.tasks());
        this.work = new TaskSlot(wizard.tasks());
        view.set(wizard.views().get(step));
        wizard.views().addListener((MapChangeListener<Guide, StepView>) c -> {
            if (c.getKey() == step && c.wasAdded()) {
                view.set(c.getValueAdded());
            }
        });
        automated = Bindings.createBooleanBinding(this::isAutomated, view);
        fieldsValid = Bindings.createBooleanBinding(() -> form.stream().allMatch(f -> f.errorProperty().get() == null), form, edits);
        readOnly = Bindings.createBooleanBinding(() -> step.backend() == Backend.WINDOWS && wizard.readOnlyProperty().get(),
                wizard.readOnlyProperty());
        Observable[] applyDeps = {automated, fieldsValid, plan, previews.runningProperty(), work.runningProperty(), previewPending,
                readOnly, view};
        canApply = Bindings.createBooleanBinding(() -> automated.get() && fieldsValid.get() && plan.get() != null
                && !plan.get().isEmpty() && !previews.isRunning() && !work.isRunning() && !previewPending.get() && !readOnly.get()
                && (view.get() == null || view.get().skipReason() == null), applyDeps);
        canUndo = Bindings.createBooleanBinding(() -> view.get() != null && view.get().standing().isPresent(), view);
        debounce.setOnFinished(e -> {
            previewPending.set(false);
            preview();
        });
        view.addListener((o, was, now) -> fillForm());
        fillForm();
        countdown.setCycleCount(javafx.animation.Animation.INDEFINITE);
        // A change left waiting by an earlier run (the window was closed, or crashed) is shown too.
        wizard.tasks().run(() -> session().awaitingConfirmation().stream().filter(c -> c.step() == step).findFirst()
                .flatMap(c -> session().awaitingConfirmation(c.id()).map(a -> new Waiting(c.id(), a.deadline(), a.revert()))),
                found -> found.ifPresent(this::await), e -> { });
    }

    // ---- commit-confirmed changes -----------------------------------------------------------

    /** The change waiting for confirmation, or null. */
    ObjectProperty<Waiting> waitingProperty() {
        return waiting;
    }

    /** Seconds until the waiting change is undone by itself. */
    IntegerProperty secondsLeftProperty() {
        return secondsLeft;
    }

    private void await(Waiting w) {
        waiting.set(w);
        tick();
        countdown.playFromStart();
    }

    private void tick() {
        Waiting w = waiting.get();
        if (w == null) {
            countdown.stop();
            return;
        }
        long left = java.time.Duration.between(java.time.Instant.now(), w.deadline()).toSeconds();
        secondsLeft.set((int) Math.max(0, left));
        if (left > 0 && left % 60 == 0) {
            // a read now and then keeps the login alive, so the revert at the deadline can still be sent
            wizard.tasks().run(() -> session().probeNow(step), f -> wizard.refresh(step), e -> { });
        }
        if (left <= 0) {
            revert(Msg.of("confirm.not-in-time"));
        }
    }

    /** The administrator keeps the waiting change. */
    void keep() {
        Waiting w = waiting.get();
        if (w == null) {
            return;
        }
        stopWaiting();
        change(Ui.text("ui.confirm.keeping"), () -> {
            session().confirm(w.changeId());
            return Optional.of(session().view(step).changes().getLast());
        }, () -> result.set(new Result(true, Msg.of("ui.confirm.kept", w.changeId()))));
    }

    /** Undoes the waiting change now: the administrator chose so, or the deadline passed. */
    void revert(Msg why) {
        Waiting w = waiting.get();
        if (w == null) {
            return;
        }
        stopWaiting();
        change(Ui.text("ui.step.undoing"), () -> Optional.of(session().revertUnconfirmed(w.changeId(), why)), () -> { });
    }

    private void stopWaiting() {
        countdown.stop();
        waiting.set(null);
    }

    Guide step() {
        return step;
    }

    Step impl() {
        return session().step(step);
    }

    private Session session() {
        return wizard.session();
    }

    ObjectProperty<StepView> viewProperty() {
        return view;
    }

    /** The values the administrator may change; empty until the step is read and automated. */
    ObservableList<FormField<?>> form() {
        return form;
    }

    /** Counts edits to the form, so views can follow any field. */
    IntegerProperty editsProperty() {
        return edits;
    }

    ObjectProperty<Plan> planProperty() {
        return plan;
    }

    ObjectProperty<Msg> planProblemProperty() {
        return planProblem;
    }

    /** A plan is being made, or will be a moment after the last edit. */
    BooleanBinding planningProperty() {
        return previews.runningProperty().or(previewPending);
    }

    /** An apply, undo, read or one-off action is running. */
    ReadOnlyBooleanProperty busyProperty() {
        return work.runningProperty();
    }

    StringProperty busyTextProperty() {
        return busyText;
    }

    ObjectProperty<Result> resultProperty() {
        return result;
    }

    BooleanBinding automatedProperty() {
        return automated;
    }

    BooleanBinding fieldsValidProperty() {
        return fieldsValid;
    }

    BooleanBinding canApplyProperty() {
        return canApply;
    }

    BooleanBinding canUndoProperty() {
        return canUndo;
    }

    /** Windows steps need administrator rights to change anything (known once connected, never asked on the FX thread). */
    BooleanBinding readOnlyProperty() {
        return readOnly;
    }

    boolean automated() {
        return automated.get();
    }

    private boolean isAutomated() {
        StepView v = view.get();
        return v != null && v.latest() != null && impl().automated(v.latest());
    }

    boolean isManual() {
        StepView v = view.get();
        return v != null && v.latest() != null && v.latest().result() == ProbeResult.MANUAL;
    }

    // ---- the form --------------------------------------------------------------------------

    /** Once the step is read and automated: one field per changeable value, with the recommendation (or the value now). */
    private void fillForm() {
        StepView v = view.get();
        if (!form.isEmpty() || v == null || v.latest() == null || !automated()) {
            return;
        }
        Finding f = v.latest();
        java.util.List<FormField<?>> fields = new java.util.ArrayList<>();
        for (Setting<?> s : impl().settings()) {
            if (!s.readOnly()) {
                fields.add(field(s, f));
            }
        }
        form.setAll(fields);
        schedulePreview();
    }

    private <T> FormField<T> field(Setting<T> s, Finding f) {
        T initial = f.recommended().has(s) ? f.recommended().get(s) : f.current().get(s);
        FormField<T> field = new FormField<>(s, initial);
        field.valueProperty().addListener((o, was, now) -> edited());
        field.errorProperty().addListener((o, was, now) -> edited());
        return field;
    }

    private void edited() {
        edits.set(edits.get() + 1);
        schedulePreview();
    }

    /** Puts the recommended values back into the form. */
    void useRecommended() {
        StepView v = view.get();
        if (v == null || v.latest() == null) {
            return;
        }
        form.forEach(f -> recommend(f, v.latest().recommended()));
    }

    private static <T> void recommend(FormField<T> f, Settings recommended) {
        if (recommended.has(f.setting())) {
            f.set(recommended.get(f.setting()));
        }
    }

    /** The values in the form (fields left empty are left out), or empty while a field is invalid. */
    Optional<Settings> desired() {
        Settings out = Settings.EMPTY;
        for (FormField<?> f : form) {
            if (f.errorProperty().get() != null) {
                return Optional.empty();
            }
            out = with(out, f);
        }
        return Optional.of(out);
    }

    private static <T> Settings with(Settings s, FormField<T> f) {
        return f.value().map(v -> s.with(f.setting(), v)).orElse(s);
    }

    // ---- preview, apply, undo --------------------------------------------------------------

    /** A plan is made a moment after the last edit, so typing does not send a read per key. */
    void schedulePreview() {
        previewPending.set(true);
        debounce.playFromStart();
    }

    /** Plans for the values in the form, in the background; an older plan still being made is dropped. */
    private void preview() {
        Optional<Settings> desired = desired();
        if (desired.isEmpty() || !automated()) {
            previews.cancel();
            plan.set(null);
            planProblem.set(null);
            return;
        }
        previews.replace(BackgroundTask.of(() -> session().plan(step, desired.get())).onSuccess(p -> {
            planProblem.set(null);
            plan.set(p);
        }).onFailure(e -> {
            plan.set(null);
            planProblem.set(message(e));
            wizard.failed(e);
        }));
    }

    void apply(Runnable after) {
        Plan p = plan.get();
        if (p == null || p.isEmpty() || !canApply.get()) {
            return;
        }
        change(Ui.text("ui.step.applying"), () -> session().apply(p), after);
    }

    void undo(Runnable after) {
        StepView v = view.get();
        Optional<Change> standing = v == null ? Optional.empty() : v.standing();
        if (standing.isEmpty()) {
            return;
        }
        String id = standing.get().id();
        change(Ui.text("ui.step.undoing"), () -> session().undo(id), after);
    }

    /** A change that ran, and whether it now waits for confirmation (read from the journal in the background). */
    private record Done(Optional<Change> change, Optional<Waiting> waiting) {
    }

    private void change(String text, Supplier<Optional<Change>> job, Runnable after) {
        boolean[] took = {false};
        work.startIfIdle(BackgroundTask.of(() -> {
            Optional<Change> change = job.get();
            return new Done(change, change.flatMap(c -> session().awaitingConfirmation(c.id())
                    .map(a -> new Waiting(c.id(), a.deadline(), a.revert()))));
        }).onRunning(() -> {
            busyText.set(text);
            result.set(null);
            wizard.changingProperty().set(wizard.changingProperty().get() + 1);
        }).onSuccess(done -> {
            Optional<Change> change = done.change();
            change.ifPresent(c -> wizard.changed(c.result()));
            took[0] = change.map(c -> c.outcome() == Outcome.VERIFIED).orElse(false);
            result.set(change.map(c -> new Result(c.outcome() == Outcome.VERIFIED, c.result()))
                    .orElse(new Result(true, Msg.of("cli.nothing-to-change"))));
            done.waiting().ifPresent(this::await);
        }).onFailure(e -> {
            result.set(new Result(false, message(e)));
            wizard.failed(e);
        }).onFinished(() -> {
            busyText.set("");
            wizard.changingProperty().set(wizard.changingProperty().get() - 1);
            wizard.refresh(step);
            wizard.reread(step.affects());
            // What was typed once (an enrolment's code, a password) is not sent a second time, and the
            // form proposes what the guide recommends from here on.
            form.stream().filter(f -> f.setting().secret()).forEach(f -> f.set(null));
            if (took[0]) {
                useRecommended();
            }
            after.run();
            schedulePreview();
        }));
    }

    /** Reads the step again. */
    void reread(Runnable after) {
        work.startIfIdle(BackgroundTask.of(() -> session().probeNow(step)).onRunning(() -> busyText.set(Ui.text("ui.step.reading")))
                .onFailure(e -> result.set(new Result(false, message(e)))).onFinished(() -> {
                    busyText.set("");
                    wizard.refresh(step);
                    after.run();
                }));
    }

    ObservableList<Offer> offers() {
        return offers;
    }

    /** Reads the one-off actions the page offers (for example the current IDS blocks) in the background. */
    void loadOffers() {
        if (view.get() == null || view.get().latest() == null) {
            return;
        }
        wizard.tasks().run(() -> session().offers(step), offers::setAll, e -> offers.clear());
    }

    /** Runs a one-off action in the background, journaled; then reads the offers again. */
    void perform(Offer offer) {
        change(Ui.text("ui.step.applying"), () -> Optional.of(session().perform(step, offer)), this::loadOffers);
    }

    /** A password the wizard generated during the last change, handed out once. */
    Optional<char[]> passwordToShowOnce() {
        return session().target().context().passwordToShowOnce();
    }

    /** Fetches an enrolment (a two-factor secret) in the background. */
    void prepare(String account, Consumer<Enrolment> done, Consumer<Msg> failed) {
        wizard.tasks().run(() -> session().prepare(step, account), done, e -> failed.accept(message(e)));
    }

    void skip(String reason) {
        session().skip(step, reason);
        wizard.refresh(step);
    }

    void unskip() {
        session().unskip(step);
        wizard.refresh(step);
    }

    /**
     * Accepts this step's risk under an exception: reason and approver required, the end date a
     * day from today on. A field left empty or wrong is named and nothing is changed.
     */
    void acceptRisk(Dialogs.ExceptionInput in) {
        String reason = in.reason() == null ? "" : in.reason().strip();
        String approvedBy = in.approvedBy() == null ? "" : in.approvedBy().strip();
        java.time.LocalDate until;
        try {
            until = java.time.LocalDate.parse(in.until() == null ? "" : in.until().strip());
        } catch (java.time.format.DateTimeParseException e) {
            result.set(new Result(false, Msg.of("ui.exception.bad", Msg.of("ui.exception.until"), Msg.of("profile.date", in.until()))));
            return;
        }
        Msg problem = reason.isEmpty() ? Msg.of("ui.exception.bad", Msg.of("ui.exception.reason"), Msg.of("profile.required"))
                : approvedBy.isEmpty() ? Msg.of("ui.exception.bad", Msg.of("ui.exception.approved-by"), Msg.of("profile.required"))
                : until.isBefore(java.time.LocalDate.now()) ? Msg.of("ui.exception.bad", Msg.of("ui.exception.until"), Msg.of("ui.exception.past"))
                : null;
        if (problem != null) {
            result.set(new Result(false, problem));
            return;
        }
        wizard.accept(new lockdown.core.AcceptedRisk(step, null, reason, approvedBy, until));
        result.set(new Result(true, Msg.of("ui.exception.added", until)));
    }

    /** Marks the step done by hand in the background (the mark is journaled). */
    void markDone(String note) {
        wizard.tasks().run(() -> session().markDone(step, note), c -> wizard.refresh(step),
                e -> result.set(new Result(false, message(e))));
    }

    /** The step a message names by its title (a step to do first), if it names one. */
    static Optional<Guide> stepNamedIn(Msg m) {
        if (m.key().startsWith("step.") && m.key().endsWith(".title")) {
            return Guide.byId(m.key().substring("step.".length(), m.key().length() - ".title".length()));
        }
        return m.args().stream().filter(Msg.class::isInstance).map(a -> stepNamedIn((Msg) a)).flatMap(Optional::stream).findFirst();
    }

    void goTo(Guide g) {
        wizard.go(Page.of(g));
    }

    static Msg message(RuntimeException e) {
        return e instanceof LockdownException le ? le.msg() : Msg.of("error.unexpected", e.getClass().getSimpleName());
    }
}
