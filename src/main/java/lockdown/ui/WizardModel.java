package lockdown.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import lockdown.Connection;
import lockdown.core.Guide;
import lockdown.core.Progress;
import lockdown.core.Session;
import lockdown.core.StepView;

/**
 * The window's state, free of controls: the connection and session, a snapshot of every step for
 * the sidebar, the current page, and what is running. Changed only on the FX thread.
 */
public final class WizardModel {

    private final Connector connector;
    private final Tasks tasks;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.START);
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>();
    private final ObservableMap<Guide, StepView> views = FXCollections.observableMap(new EnumMap<>(Guide.class));
    private final ObjectProperty<Progress> progress = new SimpleObjectProperty<>(Progress.NONE);
    private final IntegerProperty read = new SimpleIntegerProperty();
    private final IntegerProperty changing = new SimpleIntegerProperty();
    private final BooleanProperty connecting = new SimpleBooleanProperty();
    private final StringProperty build = new SimpleStringProperty("");
    private final BooleanProperty loginExpired = new SimpleBooleanProperty();
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final ObjectProperty<lockdown.core.Profile> profile = new SimpleObjectProperty<>(lockdown.core.Profile.NONE);
    private final ObjectProperty<lockdown.base.Msg> journalProblem = new SimpleObjectProperty<>();
    private final javafx.collections.ObservableList<Interrupted> interrupted = FXCollections.observableArrayList();
    private Connection connection;

    /** What connecting found out in the background, beyond the session: rights, and changes a crash left behind. */
    private record Opened(Connection connection, Session session, boolean readOnly, List<Interrupted> interrupted,
                          lockdown.base.Msg journalProblem) {
    }

    /** A change a crash left unfinished on this target, and how far its actions got. */
    public record Interrupted(lockdown.core.Change change, lockdown.base.Msg progress) {
    }

    public WizardModel(Connector connector, Tasks tasks) {
        this.connector = connector;
        this.tasks = tasks;
    }

    public Tasks tasks() {
        return tasks;
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ObjectProperty<Session> sessionProperty() {
        return session;
    }

    public Session session() {
        return session.get();
    }

    public ObservableMap<Guide, StepView> views() {
        return views;
    }

    /** Steps done among those that apply here, with the not applicable and skipped ones apart. */
    public ObjectProperty<Progress> progressProperty() {
        return progress;
    }

    /** Steps read so far since connecting. */
    public IntegerProperty readProperty() {
        return read;
    }

    /** Applies and undos running now. */
    public IntegerProperty changingProperty() {
        return changing;
    }

    public BooleanProperty connectingProperty() {
        return connecting;
    }

    /** The server's build as the server-build step read it, or empty. */
    public StringProperty buildProperty() {
        return build;
    }

    public Connection connection() {
        return connection;
    }

    /** On Windows without administrator rights: the Windows steps are only read (asked once, off the FX thread). */
    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    /** A journal line that could not be read (read while connecting), or null. */
    public ObjectProperty<lockdown.base.Msg> journalProblemProperty() {
        return journalProblem;
    }

    /** Changes the journal shows started but never ended on this target (read while connecting). */
    public javafx.collections.ObservableList<Interrupted> interrupted() {
        return interrupted;
    }

    /**
     * Closes an interrupted change in the background: finishes its revert, or with {@code keep}
     * keeps what ran; the banner line goes, the step is read again, and the result is reported.
     */
    public void recover(Interrupted i, boolean keep, java.util.function.BiConsumer<lockdown.base.Msg, Boolean> done) {
        Session s = session.get();
        tasks.run(() -> s.recover(i.change().id(), keep), closed -> {
            interrupted.remove(i);
            refresh(i.change().step());
            done.accept(closed.result(), closed.outcome() == lockdown.core.Outcome.VERIFIED
                    || closed.outcome() == lockdown.core.Outcome.ROLLED_BACK);
        }, e -> done.accept(StepModel.message(e), false));
    }

    /** Set when the server ended the login and renewing it failed: the window asks for the password once. */
    public BooleanProperty loginExpiredProperty() {
        return loginExpired;
    }

    /** Whether a message (or one inside it) says the server ended the login. */
    static boolean loginLost(lockdown.base.Msg m) {
        if (m == null) {
            return false;
        }
        if (m.key().equals("login.session-expired") || m.key().equals("login.needed")) {
            return true;
        }
        return m.args().stream().anyMatch(a -> a instanceof lockdown.base.Msg inner && loginLost(inner));
    }

    /** Notes the result of a change; a lost login makes the window ask to log in again. */
    public void changed(lockdown.base.Msg result) {
        if (loginLost(result)) {
            loginExpired.set(true);
        }
    }

    /** Notes a failure; a lost login makes the window ask to log in again. */
    public void failed(RuntimeException e) {
        if (e instanceof lockdown.smartermail.ApiException a && a.kind() == lockdown.smartermail.ApiException.Kind.SESSION_EXPIRED) {
            loginExpired.set(true);
        }
    }

    /** Logs in again in the background with the same user; the code is used only if the server asks. */
    public void relogin(char[] password, String code, Runnable ok, Consumer<RuntimeException> onError) {
        Connection c = connection;
        tasks.run(() -> {
            c.relogin(password, code);
            return Boolean.TRUE;
        }, done -> {
            loginExpired.set(false);
            ok.run();
            // What could not be read while the login was gone is read again.
            session.get().probeAll((g, f) -> Platform.runLater(() -> refresh(g)));
        }, e -> {
            loginExpired.set(false);
            onError.accept(e);
        });
    }

    /**
     * Opens the target in the background, then reads every step concurrently; the sidebar fills as
     * findings arrive. {@code onConnected} runs once all steps are read.
     */
    public void connect(ConnectRequest request, Runnable onConnected, Consumer<RuntimeException> onError) {
        connecting.set(true);
        // One connection at a time: the one before is closed first, which also frees its target's lock.
        Connection before = connection;
        connection = null;
        lockdown.core.Profile chosen = profile.get();
        session.set(null);
        views.clear();
        tasks.run(() -> {
            if (before != null) {
                before.close();
            }
            Connection c = connector.open(request);
            try {
                Session s = c.session(tasks.executor());
                s.use(chosen);
                boolean notElevated = lockdown.steps.Reach.windows(s.target()).map(w -> !w.elevation().elevated()).orElse(false);
                List<Interrupted> open = s.interrupted().stream()
                    .map(ch -> new Interrupted(ch, lockdown.core.Recovery.describe(s.progress(ch.id())))).toList();
            return new Opened(c, s, notElevated, open, s.journalProblem().orElse(null));
            } catch (RuntimeException e) {
                c.close();
                throw e;
            }
        }, opened -> {
            connection = opened.connection();
            Session s = opened.session();
            views.clear();
            progress.set(Progress.NONE);
            read.set(0);
            readOnly.set(opened.readOnly());
            interrupted.setAll(opened.interrupted());
            journalProblem.set(opened.journalProblem());
            session.set(s);
            s.probeAll((g, f) -> Platform.runLater(() -> {
                read.set(read.get() + 1);
                refresh(g);
            })).whenComplete((ok, failure) -> Platform.runLater(() -> {
                connecting.set(false);
                onConnected.run();
            }));
        }, e -> {
            connecting.set(false);
            onError.accept(e);
        });
    }

    /** Reads these steps again in the background (the ones a change elsewhere can alter), refreshing each as it is read. */
    public void reread(List<Guide> steps) {
        Session s = session.get();
        for (Guide g : steps) {
            tasks.run(() -> s.probeNow(g), f -> refresh(g), e -> refresh(g));
        }
    }

    /** The profile whose values are the recommended ones on every page (none: the guide's). */
    public ObjectProperty<lockdown.core.Profile> profileProperty() {
        return profile;
    }

    /**
     * Accepts the risk of a step until a date: the session's profile gains the exception, and the
     * step is judged again (as accepted risk) without reading the server.
     */
    public void accept(lockdown.core.AcceptedRisk e) {
        Session s = session.get();
        s.use(s.profile().with(e));
        profile.set(s.profile());
        refresh(e.step());
    }

    /** Takes a fresh snapshot of a step from the session (after a probe, apply, skip...). */
    public void refresh(Guide g) {
        Session s = session.get();
        if (s == null) {
            return;
        }
        StepView v = s.view(g);
        views.put(g, v);
        if (v.latest() != null && loginLost(v.latest().reason())) {
            loginExpired.set(true);
        }
        progress.set(Progress.of(Guide.steps().size(), views.values()));
        if (v.latest() != null) {
            lockdown.steps.Steps.serverBuild(v.latest()).ifPresent(build::set);
        }
    }

    /** The pages in order: start, every step, summary. */
    public List<Page> order() {
        List<Page> all = new ArrayList<>();
        all.add(Page.START);
        Guide.steps().forEach(g -> all.add(Page.of(g)));
        all.add(Page.SUMMARY);
        return all;
    }

    public void go(Page p) {
        if (p.kind() != Page.Kind.START && session.get() == null) {
            return;
        }
        page.set(p);
    }

    public void next() {
        List<Page> all = order();
        int i = all.indexOf(page.get());
        if (i < all.size() - 1) {
            go(all.get(i + 1));
        }
    }

    public void back() {
        List<Page> all = order();
        int i = all.indexOf(page.get());
        if (i > 0) {
            go(all.get(i - 1));
        }
    }

    public void closeConnection() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
