package lockdown.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import lockdown.core.Guide;
import lockdown.core.Session;

/**
 * The one window: header with target and progress, the guide in a sidebar, the current page, and
 * Back / Skip / Next at the bottom. Closing during an apply asks first.
 */
public final class MainWindow {

    private final WizardModel model;
    private final Dialogs dialogs;
    private final BorderPane root = Ui.styled(new BorderPane(), "main-window");
    private final StackPane content = Ui.id(new StackPane(), "content");
    private final StartPage start;
    /** Built on first use: the window shows the start page sooner without it. */
    private SummaryPage summary;
    private final Map<Guide, StepPage> steps = new EnumMap<>(Guide.class);
    private final Button back = Ui.id(new Button(Ui.text("ui.nav.back")), "back");
    private final Button next = Ui.id(new Button(Ui.text("ui.nav.next")), "next");
    private final Button skip = Ui.id(new Button(Ui.text("ui.nav.skip")), "skip");
    private final Button accept = Ui.id(new Button(Ui.text("ui.nav.accept")), "accept-risk");
    private final VBox banner = Ui.id(Ui.styled(new VBox(), "elevation-banner"), "elevation-banner");

    public MainWindow(WizardModel model, Dialogs dialogs, boolean onWindows) {
        this.model = model;
        this.dialogs = dialogs;
        start = new StartPage(model, dialogs, onWindows);

        VBox top = new VBox(new HeaderBar(model, () -> dialogs.inform(Ui.text("ui.about.title"), aboutText())).node(), banner);
        banner.setVisible(false);
        banner.managedProperty().bind(banner.visibleProperty());
        root.setTop(top);
        Node side = new Sidebar(model).node();
        ((Region) side).setPrefWidth(250);
        root.setLeft(side);
        root.setCenter(content);
        root.setBottom(navBar());

        model.pageProperty().addListener((o, was, now) -> show(now));
        model.loginExpiredProperty().addListener((o, was, now) -> {
            if (now) {
                relogin();
            }
        });
        model.sessionProperty().addListener((o, was, now) -> connected(now));
        show(model.pageProperty().get());
        // JavaFX gives the first control of the window the focus when it opens (the sidebar's first
        // entry): the page decides instead, so Enter on the start page connects.
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Node> v, Node before, Node after) {
                        v.removeListener(this);
                        javafx.application.Platform.runLater(() -> show(model.pageProperty().get()));
                    }
                });
            }
        });
    }

    public Parent root() {
        return root;
    }

    /** Sizes the stage, titles it, and asks before closing while a change runs. */
    public void install(Stage stage) {
        stage.setTitle(Ui.text("ui.product"));
        stage.setMinWidth(1000);
        stage.setMinHeight(680);
        stage.setOnCloseRequest(e -> {
            if (model.changingProperty().get() > 0 && !dialogs.confirmCloseWhileBusy()) {
                e.consume();
            }
        });
    }

    /** The login ended: ask once for the password; whatever the answer, no further prompt until a call fails again. */
    private void relogin() {
        if (reloginOpen || model.connection() == null) {
            return;
        }
        reloginOpen = true;
        var c = model.connection();
        java.util.Optional<Dialogs.Relogin> answer = dialogs.askRelogin(c.host(), c.user());
        if (answer.isEmpty()) {
            reloginOpen = false;
            model.loginExpiredProperty().set(false);
            note(Ui.text("ui.relogin.cancelled"), false);
            return;
        }
        model.relogin(answer.get().password(), answer.get().code(), () -> {
            reloginOpen = false;
            note(Ui.text("ui.relogin.done"), true);
        }, e -> {
            reloginOpen = false;
            note(StepModel.message(e).text(), false);
        });
    }

    private boolean reloginOpen;

    /** A line under the header that says what happened to the login. */
    private void note(String text, boolean ok) {
        Label l = Ui.id(Ui.paragraph(text, ok ? "note-success" : "note-danger"), "login-note");
        banner.getChildren().removeIf(n -> "login-note".equals(n.getId()));
        banner.getChildren().add(l);
        banner.setVisible(true);
    }

    /** The About box: version, where the journal and logs are, the licences. */
    static String aboutText() {
        return Ui.text("ui.about.text", lockdown.core.Version.current(), lockdown.core.DataFolder.resolve());
    }

    /** Starts the wizard again with administrator rights (UAC asks), then ends this one. */
    private void restartElevated(Session s) {
        var elevation = lockdown.steps.Reach.windows(s.target()).orElseThrow().elevation();
        model.tasks().run(() -> {
            elevation.restartElevated(java.util.List.of());
            return Boolean.TRUE;
        }, ok -> javafx.application.Platform.exit(),
                e -> dialogs.inform(Ui.text("ui.banner.restart-title"), StepModel.message(e).text()));
    }

    private HBox navBar() {
        back.setOnAction(e -> model.back());
        next.setOnAction(e -> model.next());
        skip.setOnAction(e -> skipCurrent());
        accept.setOnAction(e -> acceptCurrent());
        accept.managedProperty().bind(accept.visibleProperty());
        // Offered where a step is at risk: deviate on purpose, with a reason and an end date.
        model.views().addListener((javafx.collections.MapChangeListener<Guide, lockdown.core.StepView>) c -> showAccept());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = Ui.styled(new HBox(10, back, spacer, accept, skip, next), "nav-bar");
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void skipCurrent() {
        Page p = model.pageProperty().get();
        if (p.kind() != Page.Kind.STEP) {
            return;
        }
        dialogs.askSkipReason(p.step()).ifPresent(reason -> {
            page(p.step()).model().skip(reason);
            model.next();
        });
    }

    private void acceptCurrent() {
        Page p = model.pageProperty().get();
        if (p.kind() == Page.Kind.STEP) {
            dialogs.askException(p.step()).ifPresent(in -> page(p.step()).model().acceptRisk(in));
        }
    }

    private void showAccept() {
        Page p = model.pageProperty().get();
        lockdown.core.StepView v = p.kind() == Page.Kind.STEP ? model.views().get(p.step()) : null;
        accept.setVisible(v != null && v.status() == lockdown.core.Status.AT_RISK);
    }

    private StepPage page(Guide g) {
        return steps.computeIfAbsent(g, x -> new StepPage(new StepModel(x, model)));
    }

    private void show(Page p) {
        Node node = switch (p.kind()) {
            case START -> start.node();
            case STEP -> page(p.step()).node();
            case SUMMARY -> {
                if (summary == null) {
                    summary = new SummaryPage(model, dialogs);
                }
                summary.refresh();
                yield summary.node();
            }
        };
        if (content.getChildren().size() != 1 || content.getChildren().getFirst() != node) {
            content.getChildren().setAll(node);
        }
        boolean connected = model.session() != null;
        back.setDisable(p.kind() == Page.Kind.START);
        next.setDisable(!connected || p.kind() == Page.Kind.SUMMARY);
        skip.setVisible(p.kind() == Page.Kind.STEP);
        showAccept();
        start.connectButton().setDefaultButton(p.kind() == Page.Kind.START);
        next.setDefaultButton(p.kind() != Page.Kind.START);
        if (p.kind() == Page.Kind.STEP && !next.isDisabled()) {
            // A new page starts with the focus on Next: Enter walks on, Tab reaches the page's controls.
            next.requestFocus();
        }
        if (p.kind() == Page.Kind.START) {
            start.focusFirst();
        }
    }

    /** One change a crash left unfinished: what and how far, and the two ways to close it. */
    private HBox interruptedRow(WizardModel.Interrupted i) {
        var c = i.change();
        Label text = Ui.paragraph(Ui.text("ui.banner.interrupted", c.step().title(), c.id(), c.time(), i.progress()));
        Button revert = Ui.id(new Button(Ui.text("ui.banner.finish-revert")), "recover-" + c.id());
        Button keep = Ui.id(new Button(Ui.text("ui.banner.keep")), "keep-" + c.id());
        HBox row = Ui.id(new HBox(12, text, revert, keep), "interrupted-" + c.id());
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        java.util.function.Consumer<Boolean> close = k -> {
            revert.setDisable(true);
            keep.setDisable(true);
            model.recover(i, k, (result, ok) -> {
                banner.getChildren().remove(row);
                note(result.text(), ok);
            });
        };
        revert.setOnAction(e -> close.accept(false));
        keep.setOnAction(e -> close.accept(true));
        return row;
    }

    private void connected(Session s) {
        steps.clear();
        banner.getChildren().clear();
        boolean readOnly = s != null && model.readOnlyProperty().get();
        java.util.List<WizardModel.Interrupted> interrupted = s == null ? java.util.List.of() : java.util.List.copyOf(model.interrupted());
        banner.setVisible(readOnly || !interrupted.isEmpty());
        if (s != null && model.journalProblemProperty().get() != null) {
            note(model.journalProblemProperty().get().text(), false);
        }
        for (WizardModel.Interrupted i : interrupted) {
            banner.getChildren().add(interruptedRow(i));
        }
        if (readOnly) {
            Label text = Ui.paragraph(Ui.text("ui.banner.not-elevated"));
            Button restart = Ui.id(new Button(Ui.text("ui.banner.restart")), "restart-elevated");
            restart.setOnAction(e -> restartElevated(s));
            HBox row = new HBox(12, text, restart);
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(text, Priority.ALWAYS);
            banner.getChildren().add(row);
        }
        show(model.pageProperty().get());
    }
}
