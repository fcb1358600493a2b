package lockdown.ui;

import lockdown.core.ProbeResult;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.base.Msg;
import lockdown.core.Setting;
import lockdown.core.Status;
import lockdown.core.StepView;
import lockdown.ui.editors.Editors;
import lockdown.ui.editors.SettingEditor;

/**
 * The page of one step, the same layout for every step: title and explanation, the current value
 * (with a spinner while it loads and the reason when it cannot be read), the recommended value as
 * editors, the preview of the exact change, Apply and Undo; or, for a manual step, the guide's
 * steps to do by hand and "Mark as done".
 */
final class StepPage {

    private final StepModel model;
    private final VBox box = Ui.styled(new VBox(16), "page", "step-page");
    private final Label statusLabel = Ui.id(Ui.styled(new Label(), "status-chip"), "step-status");
    private final VBox current = new VBox(6);
    private final VBox recommended = new VBox(12);
    private final VBox preview = new VBox(8);
    private final VBox manual = new VBox(8);
    private final VBox skipped = new VBox(6);
    private final VBox offers = new VBox(6);
    private final Label result = Ui.id(Ui.paragraph("", "result"), "step-result");
    private final Button apply = Ui.id(new Button(Ui.text("ui.step.apply")), "apply");
    private final Button undo = Ui.id(new Button(Ui.text("ui.step.undo")), "undo");
    private final Button reread = Ui.id(new Button(Ui.text("ui.step.reread")), "reread");
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label busyText = Ui.styled(new Label(), "text-muted");
    private final List<SettingEditor> editors = new ArrayList<>();
    private final Section currentCard;
    private final Section recommendedCard;
    private final Section previewCard;
    private final Section manualCard;
    private final Section offersCard;
    private final VBox actionBar;

    /** A titled block of the page. */
    private record Section(VBox node) {
    }

    StepPage(StepModel model) {
        this.model = model;
        Guide g = model.step();
        box.setPadding(new Insets(20, 28, 20, 28));

        Label section = Ui.styled(new Label(Ui.text("ui.step.section", g.section().number(), g.section().title())), "text-muted");
        Label title = Ui.id(Ui.styled(new Label(g.title().text()), Styles.TITLE_2), "step-title");
        Label severity = Ui.styled(new Label(Ui.text("ui.step.severity", g.severity().label())), "severity-chip",
                "severity-" + g.severity().name().toLowerCase(java.util.Locale.ROOT));
        HBox heading = new HBox(12, title, statusLabel, severity);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label why = Ui.id(Ui.paragraph(g.explanation().text(), "explanation"), "step-why");

        currentCard = card("ui.step.current", current, "card-current");
        recommendedCard = card("ui.step.recommended", recommended, "card-recommended");
        previewCard = card("ui.step.preview", preview, "card-preview");
        manualCard = card("ui.step.manual", manual, "card-manual");
        offersCard = cardTitled(model.impl().offersTitle().text(), offers, "card-offers");
        offersCard.node().setVisible(false);
        model.offers().addListener((javafx.collections.ListChangeListener<lockdown.core.Offer>) c -> showOffers());

        undo.managedProperty().bind(undo.visibleProperty());
        apply.disableProperty().bind(model.canApplyProperty().not());
        apply.visibleProperty().bind(model.automatedProperty());
        undo.visibleProperty().bind(model.canUndoProperty());
        undo.disableProperty().bind(model.busyProperty().or(model.readOnlyProperty()));
        reread.disableProperty().bind(model.busyProperty());
        model.busyProperty().addListener((o, was, now) -> editors.forEach(e -> e.setDisable(now)));
        apply.setMnemonicParsing(true);
        undo.setMnemonicParsing(true);
        reread.setMnemonicParsing(true);
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setOnAction(e -> model.apply(this::afterChange));
        undo.setOnAction(e -> model.undo(this::afterChange));
        reread.setOnAction(e -> model.reread(this::afterChange));
        spinner.setPrefSize(20, 20);
        spinner.setId("working");
        spinner.visibleProperty().bind(model.busyProperty().or(model.planningProperty()));
        busyText.textProperty().bind(model.busyTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, spinner, busyText, spacer, reread, undo, apply);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        result.managedProperty().bind(result.visibleProperty());
        model.resultProperty().addListener((o, was, now) -> showResult(now));
        showResult(null);

        box.getChildren().addAll(section, heading, why, skipped, confirmCard(), currentCard.node(), recommendedCard.node(),
                previewCard.node(), offersCard.node(), manualCard.node());
        actionBar = Ui.styled(new VBox(8, result, buttons), "action-bar");
        actionBar.setPadding(new Insets(10, 28, 10, 28));

        model.viewProperty().addListener((o, was, now) -> refresh());
        model.form().addListener((javafx.collections.ListChangeListener<FormField<?>>) c -> fillEditors());
        model.planProperty().addListener((o, was, now) -> showPreview());
        model.planProblemProperty().addListener((o, was, now) -> showPreview());
        model.editsProperty().addListener((o, was, now) -> showPreview());
        model.readOnlyProperty().addListener((o, was, now) -> showPreview());
        refresh();
        fillEditors();
    }

    /**
     * Shown while a change that could cut someone off waits to be kept: the countdown, Keep, and Undo now.
     * Without a Keep in time the model undoes it.
     */
    private Node confirmCard() {
        Label text = Ui.id(Ui.paragraph("", "confirm-text"), "confirm-text");
        Label left = Ui.id(Ui.styled(new Label(), "confirm-countdown"), "confirm-countdown");
        Button keep = Ui.id(new Button(Ui.text("ui.confirm.keep")), "keep-change");
        keep.getStyleClass().add(Styles.ACCENT);
        keep.setOnAction(e -> model.keep());
        Button undoNow = Ui.id(new Button(Ui.text("ui.confirm.undo-now")), "undo-now");
        undoNow.setOnAction(e -> model.revert(lockdown.base.Msg.of("confirm.undo-chosen")));
        HBox buttons = new HBox(10, keep, undoNow, left);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Section card = card("ui.confirm.title", new VBox(8, text, buttons), "card-confirm");
        card.node().getStyleClass().add("card-warning");
        card.node().visibleProperty().bind(model.waitingProperty().isNotNull());
        model.waitingProperty().addListener((o, was, now) -> {
            if (now != null) {
                text.setText(Ui.text("ui.confirm.text", now.revert()));
            }
        });
        left.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> Ui.text("ui.confirm.left",
                model.secondsLeftProperty().get() / 60, String.format("%02d", model.secondsLeftProperty().get() % 60)),
                model.secondsLeftProperty()));
        return card.node();
    }

    /** The page scrolls; the result and the Apply / Undo buttons stay in view below it. */
    Node node() {
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.getStyleClass().add("page-scroll");
        javafx.scene.layout.BorderPane pane = new javafx.scene.layout.BorderPane(sp);
        pane.setBottom(actionBar);
        return pane;
    }

    StepModel model() {
        return model;
    }

    private static Section card(String titleKey, VBox body, String id) {
        return cardTitled(Ui.text(titleKey), body, id);
    }

    private static Section cardTitled(String title, VBox body, String id) {
        Label t = Ui.styled(new Label(title), "card-title");
        VBox c = Ui.id(Ui.styled(new VBox(10, t, body), "card"), id);
        c.managedProperty().bind(c.visibleProperty());
        return new Section(c);
    }

    private void afterChange() {
        model.passwordToShowOnce().ifPresent(this::showPasswordOnce);
    }

    private void showPasswordOnce(char[] password) {
        box.getChildren().add(4, PasswordOnceCard.of(password));
    }

    /** Redraws everything from the latest snapshot. */
    private void refresh() {
        StepView v = model.viewProperty().get();
        Finding f = v == null ? null : v.latest();
        Status s = v == null ? Status.UNKNOWN : v.status();
        statusLabel.setGraphic(v == null ? null : StatusIcon.of(s));
        statusLabel.setText(v == null ? Ui.text("ui.step.loading") : label(v));
        statusLabel.getStyleClass().removeIf(c -> c.startsWith("chip-"));
        statusLabel.getStyleClass().add("chip-" + s.code());

        showSkipped(v);
        showCurrent(f);
        // A manual step has no value to show; its reason heads the "Do it by hand" card instead.
        currentCard.node().setVisible(f == null || f.result() != ProbeResult.MANUAL || !f.current().isEmpty());
        boolean automated = model.automated();
        recommendedCard.node().setVisible(automated);
        previewCard.node().setVisible(automated);
        manualCard.node().setVisible(f != null && (f.result() == ProbeResult.MANUAL || !automated && f.result() != ProbeResult.UNKNOWN
                && f.result() != ProbeResult.NOT_APPLICABLE));
        if (manualCard.node().isVisible()) {
            showManual(v);
        }
        reread.setVisible(f != null);
    }

    private static String label(StepView v) {
        if (v.status() == Status.MANUAL && v.doneNote() != null) {
            return Ui.text("ui.status.manual-done");
        }
        return v.status().label().text();
    }

    private void showSkipped(StepView v) {
        skipped.getChildren().clear();
        skipped.setVisible(v != null && v.skipReason() != null);
        skipped.setManaged(skipped.isVisible());
        if (skipped.isVisible()) {
            Label text = Ui.id(Ui.paragraph(Ui.text("ui.step.skipped", v.skipReason()), "note-warning"), "skipped-note");
            Button unskip = Ui.id(new Button(Ui.text("ui.step.unskip")), "unskip");
            unskip.setOnAction(e -> model.unskip());
            skipped.getChildren().addAll(text, unskip);
        }
    }

    private void showCurrent(Finding f) {
        current.getChildren().clear();
        if (f == null) {
            ProgressIndicator p = new ProgressIndicator();
            p.setPrefSize(24, 24);
            HBox loading = new HBox(10, p, new Label(Ui.text("ui.step.reading")));
            loading.setAlignment(Pos.CENTER_LEFT);
            current.getChildren().add(Ui.id(loading, "current-loading"));
            return;
        }
        for (Setting<?> s : model.impl().settings()) {
            if (f.current().has(s.key()) && !s.hidden()) {
                Label l = Ui.id(Ui.paragraph(s.label().text() + ": " + s.format(f.current().get(s.key())), "current-value"),
                        "current-" + s.key());
                current.getChildren().add(l);
            }
        }
        if (f.reason() != null) {
            current.getChildren().add(Ui.id(Ui.paragraph(f.reason().text(), "reason", "reason-" + f.result().code()), "current-reason"));
        }
        for (lockdown.core.Detail d : f.details()) {
            current.getChildren().add(d.flagged() ? Ui.paragraph("• " + d.text(), "detail", "detail-flagged")
                    : Ui.paragraph("• " + d.text(), "detail"));
        }
        if (f.evidence() != null) {
            current.getChildren().add(Ui.paragraph(f.evidence().text(), "text-muted", "evidence"));
        }
    }

    /** One editor per field of the model's form, bound to it; built once the form is there. */
    private void fillEditors() {
        if (model.form().isEmpty() || !editors.isEmpty()) {
            return;
        }
        Finding f = model.viewProperty().get().latest();
        for (FormField<?> field : model.form()) {
            Setting<?> s = field.setting();
            SettingEditor ed = Editors.of(field, new lockdown.ui.editors.EditorContext(f.current().get(s.key()),
                    () -> model.impl().preparable(model.viewProperty().get().latest()), model::prepare));
            if (s.type() instanceof lockdown.core.FlagType) {
                recommended.getChildren().add(ed.node());
            } else {
                Label name = Ui.styled(new Label(s.label().text()), "field-name");
                recommended.getChildren().add(new VBox(6, name, ed.node()));
            }
            editors.add(ed);
        }
        Button reset = Ui.id(new Button(Ui.text("ui.step.use-recommended")), "use-recommended");
        reset.getStyleClass().add(Styles.FLAT);
        reset.setOnAction(e -> model.useRecommended());
        recommended.getChildren().add(reset);
        model.loadOffers();
        showPreview();
    }

    private void showPreview() {
        preview.getChildren().clear();
        if (!model.fieldsValidProperty().get()) {
            preview.getChildren().add(Ui.id(Ui.paragraph(Ui.text("ui.step.fix-fields"), "error-text"), "preview-invalid"));
        } else if (model.planProblemProperty().get() != null) {
            Msg problem = model.planProblemProperty().get();
            preview.getChildren().add(Ui.id(Ui.paragraph(problem.text(), "error-text"), "preview-problem"));
            // A step to do first (section 1's order) is one click away.
            StepModel.stepNamedIn(problem).filter(g -> g != model.step()).ifPresent(g -> {
                javafx.scene.control.Hyperlink go = Ui.id(new javafx.scene.control.Hyperlink(Ui.text("ui.step.go-to", g.title())),
                        "go-" + g.id());
                go.setOnAction(e -> model.goTo(g));
                preview.getChildren().add(go);
            });
        } else if (model.planProperty().get() != null) {
            var plan = model.planProperty().get();
            if (plan.isEmpty()) {
                preview.getChildren().add(Ui.id(Ui.paragraph(Ui.text("cli.nothing-to-change"), "text-muted"), "preview-empty"));
            }
            int i = 1;
            for (var a : plan.actions()) {
                VBox action = new VBox(4);
                action.getChildren().add(Ui.paragraph(i++ + ". " + a.description().text(), "action-text"));
                Label command = Ui.paragraph(a.command(), "command");
                command.setId("preview-command-" + (i - 2));
                action.getChildren().add(command);
                for (var r : a.risks()) {
                    action.getChildren().add(Ui.paragraph(Ui.text("ui.step.risk", r.label()), "risk"));
                }
                preview.getChildren().add(action);
            }
            for (Msg w : plan.warnings()) {
                preview.getChildren().add(Ui.paragraph(Ui.text("ui.step.warning", w), "warning-text"));
            }
            if (model.readOnlyProperty().get()) {
                preview.getChildren().add(Ui.paragraph(Ui.text("ui.step.read-only"), "warning-text"));
            }
        }
    }

    private void showOffers() {
        offers.getChildren().clear();
        offersCard.node().setVisible(!model.offers().isEmpty());
        for (lockdown.core.Offer o : model.offers()) {
            Label text = Ui.paragraph(o.text().text());
            HBox.setHgrow(text, Priority.ALWAYS);
            Button run = Ui.id(new Button(o.actionLabel().text()), "offer-" + o.id().replaceAll("[^A-Za-z0-9]", "_"));
            run.disableProperty().bind(model.busyProperty());
            run.setOnAction(e -> model.perform(o));
            HBox row = new HBox(10, text, run);
            row.setAlignment(Pos.CENTER_LEFT);
            offers.getChildren().add(row);
        }
    }

    private void showManual(StepView v) {
        manual.getChildren().clear();
        if (v.latest().result() == ProbeResult.MANUAL && v.latest().reason() != null) {
            manual.getChildren().add(Ui.paragraph(v.latest().reason().text(), "text-muted"));
        }
        int n = 1;
        for (String line : v.step().manualLines()) {
            manual.getChildren().add(Ui.paragraph(n++ + ". " + line, "manual-line"));
        }
        if (v.latest().result() != ProbeResult.MANUAL) {
            // Read from the server (the build): judged by what the server reports, so there is
            // nothing to mark done; reading it again after the work shows the result.
            manual.getChildren().add(Ui.id(Ui.paragraph(Ui.text("ui.step.read-again-after"), "text-muted"), "read-again-after"));
            return;
        }
        if (v.doneNote() != null) {
            manual.getChildren().add(Ui.id(Ui.paragraph(Ui.text("ui.step.done-note", v.doneNote().isEmpty() ? "-" : v.doneNote()),
                    "note-success"), "done-note-shown"));
            return;
        }
        javafx.scene.control.TextArea note = Ui.id(new javafx.scene.control.TextArea(), "done-note");
        note.setPromptText(Ui.text("ui.step.done-prompt"));
        note.setPrefRowCount(2);
        note.setWrapText(true);
        Button done = Ui.id(new Button(Ui.text("ui.step.mark-done")), "mark-done");
        done.setOnAction(e -> model.markDone(note.getText()));
        manual.getChildren().addAll(note, done);
    }

    private void showResult(StepModel.Result r) {
        result.setVisible(r != null);
        result.getStyleClass().removeAll("note-success", "note-danger");
        if (r != null) {
            result.setText(r.text().text());
            result.getStyleClass().add(r.ok() ? "note-success" : "note-danger");
        }
    }
}
