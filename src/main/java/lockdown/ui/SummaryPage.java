package lockdown.ui;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import lockdown.base.Msg;
import lockdown.report.Format;
import lockdown.report.Renderers;
import lockdown.report.Report;
import lockdown.report.ReportBuilder;

/**
 * Every step with its status before and after, what changed, what was skipped and why, and what
 * was done by hand; the posture before and after as bars; and the export in three formats through
 * the {@link Dialogs} file chooser.
 */
final class SummaryPage {

    private final WizardModel model;
    private final Dialogs dialogs;
    private final VBox box = Ui.styled(new VBox(16), "page", "summary-page");
    private final VBox header = new VBox(6);
    private final VBox posture = new VBox(8);
    private final TableView<Report.Row> table = Ui.id(new TableView<>(), "summary-table");
    private final Label exported = Ui.id(Ui.paragraph("", "result"), "export-result");
    private final VBox details = Ui.id(Ui.styled(new VBox(6), "card"), "summary-details");

    SummaryPage(WizardModel model, Dialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        box.setPadding(new Insets(20, 28, 20, 28));
        Label title = Ui.styled(new Label(Ui.text("ui.summary.title")), Styles.TITLE_2);

        table.getColumns().add(column("report.col.step", 170, r -> r.section() + " · " + r.title()));
        table.getColumns().add(column("report.col.before", 80, Report.Row::statusBefore));
        table.getColumns().add(column("report.col.after", 90, Report.Row::statusAfter));
        table.getColumns().add(column("report.col.automation", 90, Report.Row::automation));
        table.getColumns().add(column("report.col.changes", 160, SummaryPage::changes));
        table.getColumns().add(column("report.col.notes", 200, Report.Row::notes));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(460);
        // The full text of the chosen row, for when a cell is still too small to read comfortably.
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> details(row));
        details.managedProperty().bind(details.visibleProperty());
        details.setVisible(false);
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Report.Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(c -> c.startsWith("row-"));
                if (item != null && !empty) {
                    getStyleClass().add("row-" + item.statusAfterCode());
                }
            }
        });

        HBox exports = new HBox(10);
        exports.setAlignment(Pos.CENTER_LEFT);
        for (Format f : Format.values()) {
            Button b = Ui.id(new Button(Ui.text("ui.summary.export." + f.extension())), "export-" + f.extension());
            b.setOnAction(e -> export(f));
            exports.getChildren().add(b);
        }
        Button saveProfile = Ui.id(new Button(Ui.text("ui.profile.save")), "profile-save");
        saveProfile.setOnAction(e -> saveProfile());
        exports.getChildren().add(saveProfile);
        exported.setVisible(false);
        exported.managedProperty().bind(exported.visibleProperty());
        box.getChildren().addAll(title, header, exports, exported, Ui.styled(new Label(Ui.text("report.posture")), "card-title"),
                posture, table, details);
    }

    ScrollPane node() {
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return sp;
    }

    /** Rebuilds the summary from the session; called whenever the page is shown. */
    void refresh() {
        var session = model.session();
        if (session == null) {
            return;
        }
        // Built in the background: the report asks the journal how each change ended.
        model.tasks().run(() -> ReportBuilder.of(session), this::show, e -> show(false, StepModel.message(e)));
    }

    private void show(Report r) {
        header.getChildren().setAll(
                Ui.paragraph(Ui.text("ui.summary.target", r.target(), r.targetKind(), r.url())),
                Ui.paragraph(Ui.text("ui.summary.operator", r.operator()), "text-muted"));
        if (!r.note().isEmpty()) {
            header.getChildren().add(Ui.id(Ui.paragraph(r.note(), "note-warning"), "summary-demo-note"));
        }
        posture.getChildren().setAll(PostureBar.of(Ui.text("report.before"), r.before(), "posture-before"),
                PostureBar.of(Ui.text("report.after"), r.after(), "posture-after"));
        table.setItems(FXCollections.observableArrayList(r.rows()));
    }

    private static String changes(Report.Row r) {
        return String.join("\n", r.changes().stream()
                .map(c -> (c.undo() ? Ui.text("report.undo") + ": " : "") + String.join("; ", c.values()) + " (" + c.outcome() + ")")
                .toList());
    }

    /** Below the table: the chosen row's step, what changed and its notes, in full. */
    private void details(Report.Row row) {
        details.setVisible(row != null);
        if (row == null) {
            details.getChildren().clear();
            return;
        }
        details.getChildren().setAll(Ui.styled(new Label(row.section() + " · " + row.title()), "card-title"));
        String changed = changes(row);
        if (!changed.isEmpty()) {
            details.getChildren().add(Ui.id(Ui.paragraph(Ui.text("report.col.changes") + ": " + changed), "summary-details-changes"));
        }
        details.getChildren().add(Ui.id(Ui.paragraph(row.notes()), "summary-details-notes"));
    }

    /**
     * A column whose cells wrap to as many lines as their text needs (the row grows), never
     * narrower than {@code minWidth} so single words are not broken; the full text is also the
     * cell's tooltip.
     */
    private static TableColumn<Report.Row, String> column(String key, double minWidth,
                                                          java.util.function.Function<Report.Row, String> value) {
        TableColumn<Report.Row, String> c = new TableColumn<>(Ui.text(key));
        c.setMinWidth(minWidth);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(col -> new WrappingCell(col));
        c.setSortable(false);
        return c;
    }

    /** A table cell showing its text wrapped to the column's width, with the text as tooltip. */
    private static final class WrappingCell extends javafx.scene.control.TableCell<Report.Row, String> {
        private final Text text = new Text();
        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

        WrappingCell(TableColumn<Report.Row, String> column) {
            text.getStyleClass().add("summary-cell-text");
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isEmpty();
            text.setText(blank ? "" : item);
            setGraphic(blank ? null : text);
            tip.setText(blank ? "" : item);
            setTooltip(blank ? null : tip);
        }
    }

    private void export(Format f) {
        Optional<Path> where = dialogs.askSaveLocation(ReportBuilder.fileName(model.session(), f), f);
        if (where.isEmpty()) {
            return;
        }
        // A folder that does not exist is created only when the administrator says so.
        Optional<Path> missing = lockdown.report.ExportFolder.missing(where.get());
        if (missing.isPresent() && !dialogs.confirmCreateFolder(missing.get())) {
            show(false, Msg.of("report.unwritable", where.get(), Msg.of("report.no-folder", missing.get())));
            return;
        }
        var session = model.session();
        model.tasks().run(() -> {
            missing.ifPresent(dir -> create(dir, where.get()));
            Renderers.write(ReportBuilder.of(session), f, where.get());
            return where.get();
        }, p -> show(true, Msg.of("ui.summary.exported", p.toAbsolutePath())), e -> show(false, StepModel.message(e)));
    }

    /** The values the pages propose now (a profile's, or the guide's) and the exceptions, as a profile file. */
    private void saveProfile() {
        var session = model.session();
        String name = session.target().name();
        Optional<Path> where = dialogs.askProfileSave("lockdown-profile-" + name.replaceAll("[^A-Za-z0-9.-]", "_") + ".json");
        if (where.isEmpty()) {
            return;
        }
        Optional<Path> missing = lockdown.report.ExportFolder.missing(where.get());
        if (missing.isPresent()) {
            show(false, Msg.of("report.unwritable", where.get(), Msg.of("report.no-folder", missing.get())));
            return;
        }
        lockdown.core.Profile p = lockdown.core.Profile.of(session, name, false);
        model.tasks().run(() -> {
            lockdown.core.ProfileFile.write(p, where.get(), lockdown.steps.Steps::settingsOf);
            return where.get();
        }, f -> show(true, Msg.of("ui.profile.saved", f.toAbsolutePath(), p.wanted().size(), p.exceptions().size())),
                e -> show(false, StepModel.message(e)));
    }

    private static void create(Path dir, Path file) {
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new lockdown.base.LockdownException(Msg.of("report.unwritable", file, e.getMessage()), e);
        }
    }

    private void show(boolean ok, Msg text) {
        exported.setVisible(true);
        exported.setText(text.text());
        exported.getStyleClass().removeAll("note-success", "note-danger");
        exported.getStyleClass().add(ok ? "note-success" : "note-danger");
    }
}
