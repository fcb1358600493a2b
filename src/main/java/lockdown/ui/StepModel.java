package lockdown.ui;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lockdown.core.Backend;
import lockdown.core.Change;
import lockdown.core.Guide;
import lockdown.base.LockdownException;
import lockdown.base.Msg;
import lockdown.core.Outcome;
import lockdown.core.Plan;
import lockdown.core.Session;
import lockdown.core.Settings;
import lockdown.core.Status;
import lockdown.core.Step;
import lockdown.core.StepView;

/**
 * The state of one step page, without controls: the latest snapshot, the plan for the values on
 * screen, what is running, and the result of the last apply or undo. Every call to the server runs
 * in the background; properties change on the FX thread.
 */
final class StepModel {

    /** The outcome of an apply, undo or read, for the message on the page. */
    record Result(boolean ok, Msg text) {
    }

    private final Guide step;
    private final WizardModel wizard;
    private final ObjectProperty<StepView> view = new SimpleObjectProperty<>();
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> planProblem = new SimpleObjectProperty<>();
    private final BooleanProperty planning = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty busyText = new SimpleStringProperty("");
    private final ObjectProperty<Result> result = new SimpleObjectProperty<>();
    private int previewSeq;
    private final javafx.collections.ObservableList<lockdown.core.Offer> offers = javafx.collections.FXCollections.observableArrayList();

    StepModel(Guide step, WizardModel wizard) {
        this.step = step;
        this.wizard = wizard;
        view.set(wizard.views().get(step));
        wizard.views().addListener((javafx.collections.MapChangeListener<Guide, StepView>) c -> {
            if (c.getKey() == step && c.wasAdded()) {
                view.set(c.getValueAdded());
            }
        });
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

    ObjectProperty<Plan> planProperty() {
        return plan;
    }

    ObjectProperty<Msg> planProblemProperty() {
        return planProblem;
    }

    BooleanProperty planningProperty() {
        return planning;
    }

    BooleanProperty busyProperty() {
        return busy;
    }

    StringProperty busyTextProperty() {
        return busyText;
    }

    ObjectProperty<Result> resultProperty() {
        return result;
    }

    /** Whether the wizard may change this step here (Windows steps need administrator rights). */
    Optional<Msg> readOnlyReason() {
        if (step.backend() == Backend.WINDOWS) {
            boolean notElevated = lockdown.steps.Reach.windows(session().target()).map(w -> !w.elevation().elevated()).orElse(false);
            if (notElevated) {
                return Optional.of(Msg.of("ui.step.read-only"));
            }
        }
        return Optional.empty();
    }

    boolean automated() {
        StepView v = view.get();
        return v != null && v.latest() != null && impl().automated(v.latest());
    }

    /** Plans for the values on screen, in the background; {@code desired} is empty while a field is invalid. */
    void preview(Optional<Settings> desired) {
        int seq = ++previewSeq;
        if (desired.isEmpty() || !automated()) {
            plan.set(null);
            planProblem.set(null);
            planning.set(false);
            return;
        }
        planning.set(true);
        wizard.tasks().run(() -> session().plan(step, desired.get()), p -> {
            if (seq == previewSeq) {
                planning.set(false);
                planProblem.set(null);
                plan.set(p);
            }
        }, e -> {
            if (seq == previewSeq) {
                planning.set(false);
                plan.set(null);
                planProblem.set(message(e));
                wizard.failed(e);
            }
        });
    }

    void apply(Runnable after) {
        Plan p = plan.get();
        if (p == null || p.isEmpty() || busy.get()) {
            return;
        }
        change(Ui.text("ui.step.applying"), () -> session().apply(p), after);
    }

    void undo(Runnable after) {
        StepView v = view.get();
        Optional<Change> standing = v == null ? Optional.empty() : v.standing();
        if (standing.isEmpty() || busy.get()) {
            return;
        }
        String id = standing.get().id();
        change(Ui.text("ui.step.undoing"), () -> session().undo(id), after);
    }

    private void change(String text, java.util.function.Supplier<Optional<Change>> work, Runnable after) {
        busy.set(true);
        busyText.set(text);
        result.set(null);
        wizard.changingProperty().set(wizard.changingProperty().get() + 1);
        wizard.tasks().run(work, change -> {
            done();
            change.ifPresent(c -> wizard.changed(c.result()));
            result.set(change.map(c -> new Result(c.outcome() == Outcome.VERIFIED, c.result()))
                    .orElse(new Result(true, Msg.of("cli.nothing-to-change"))));
            after.run();
        }, e -> {
            done();
            result.set(new Result(false, message(e)));
            wizard.failed(e);
            after.run();
        });
    }

    private void done() {
        busy.set(false);
        busyText.set("");
        wizard.changingProperty().set(wizard.changingProperty().get() - 1);
        wizard.refresh(step);
    }

    /** Reads the step again. */
    void reread(Runnable after) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        busyText.set(Ui.text("ui.step.reading"));
        wizard.tasks().run(() -> session().probeNow(step), f -> {
            busy.set(false);
            busyText.set("");
            wizard.refresh(step);
            after.run();
        }, e -> {
            busy.set(false);
            busyText.set("");
            result.set(new Result(false, message(e)));
        });
    }

    javafx.collections.ObservableList<lockdown.core.Offer> offers() {
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
    void perform(lockdown.core.Offer offer) {
        if (busy.get()) {
            return;
        }
        change(Ui.text("ui.step.applying"), () -> Optional.of(session().perform(step, offer)), this::loadOffers);
    }

    /** A password the wizard generated during the last change, handed out once. */
    Optional<char[]> passwordToShowOnce() {
        return session().target().context().passwordToShowOnce();
    }

    /** Fetches an enrolment (a two-factor secret) in the background. */
    void prepare(String account, java.util.function.Consumer<lockdown.core.Enrolment> done,
                 java.util.function.Consumer<Msg> failed) {
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

    /** Marks the step done by hand in the background (the mark is journaled). */
    void markDone(String note) {
        wizard.tasks().run(() -> session().markDone(step, note), c -> wizard.refresh(step),
                e -> result.set(new Result(false, message(e))));
    }

    boolean isManual() {
        StepView v = view.get();
        return v != null && v.latest() != null && v.latest().status() == Status.MANUAL;
    }

    static Msg message(RuntimeException e) {
        return e instanceof LockdownException le ? le.msg() : Msg.of("error.unexpected", e.getClass().getSimpleName());
    }
}
