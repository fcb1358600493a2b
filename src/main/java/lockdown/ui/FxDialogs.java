package lockdown.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import lockdown.core.Guide;
import lockdown.report.Format;

/** The real dialogs: JavaFX alerts and the native file chooser. */
final class FxDialogs implements Dialogs {

    private final Window owner;

    FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<String> askSkipReason(Guide step) {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(owner);
        d.setTitle(Ui.text("ui.skip.title"));
        d.setHeaderText(Ui.text("ui.skip.header", step.title()));
        d.setContentText(Ui.text("ui.skip.reason"));
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public boolean confirmCloseWhileBusy() {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Ui.text("ui.close.text"), ButtonType.YES, ButtonType.NO);
        a.initOwner(owner);
        a.setTitle(Ui.text("ui.close.title"));
        a.setHeaderText(Ui.text("ui.close.header"));
        return a.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    @Override
    public boolean confirmCreateFolder(Path folder) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Ui.text("ui.export.create-folder.text", folder), ButtonType.YES, ButtonType.NO);
        a.initOwner(owner);
        a.setTitle(Ui.text("ui.export.create-folder.title"));
        a.setHeaderText(null);
        return a.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    @Override
    public Optional<Path> askSaveLocation(String suggestedName, Format format) {
        FileChooser fc = new FileChooser();
        fc.setTitle(Ui.text("ui.export.title"));
        fc.setInitialFileName(suggestedName);
        fc.setInitialDirectory(lockdown.report.ExportFolder.standard().toFile());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Ui.text("ui.export.filter." + format.extension()),
                "*." + format.extension()));
        File f = fc.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Relogin> askRelogin(String server, String user) {
        javafx.scene.control.Dialog<Relogin> d = new javafx.scene.control.Dialog<>();
        d.initOwner(owner);
        d.setTitle(Ui.text("ui.relogin.title"));
        d.setHeaderText(Ui.text("ui.relogin.header", user, server));
        javafx.scene.control.PasswordField pw = new javafx.scene.control.PasswordField();
        javafx.scene.control.TextField code = new javafx.scene.control.TextField();
        code.setPromptText(Ui.text("ui.relogin.code-prompt"));
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new javafx.scene.control.Label(Ui.text("ui.start.password").replace("_", "")), pw);
        g.addRow(1, new javafx.scene.control.Label(Ui.text("ui.start.code").replace("_", "")), code);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? new Relogin(pw.getText().toCharArray(), code.getText().strip()) : null);
        Optional<Relogin> r = d.showAndWait();
        pw.clear();
        return r;
    }

    @Override
    public Optional<Path> askApiMap() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Ui.text("ui.start.api-map-title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        return Optional.ofNullable(fc.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> askProfile() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Ui.text("ui.profile.open-title"));
        fc.setInitialDirectory(lockdown.report.ExportFolder.standard().toFile());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        return Optional.ofNullable(fc.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> askProfileSave(String suggestedName) {
        FileChooser fc = new FileChooser();
        fc.setTitle(Ui.text("ui.profile.save-title"));
        fc.setInitialFileName(suggestedName);
        fc.setInitialDirectory(lockdown.report.ExportFolder.standard().toFile());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        return Optional.ofNullable(fc.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<ExceptionInput> askException(Guide step) {
        javafx.scene.control.Dialog<ExceptionInput> d = new javafx.scene.control.Dialog<>();
        d.initOwner(owner);
        d.setTitle(Ui.text("ui.exception.title"));
        d.setHeaderText(Ui.text("ui.exception.header", step.title()));
        javafx.scene.control.TextField reason = new javafx.scene.control.TextField();
        javafx.scene.control.TextField approvedBy = new javafx.scene.control.TextField();
        javafx.scene.control.DatePicker until = new javafx.scene.control.DatePicker(java.time.LocalDate.now().plusMonths(3));
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new javafx.scene.control.Label(Ui.text("ui.exception.reason")), reason);
        g.addRow(1, new javafx.scene.control.Label(Ui.text("ui.exception.approved-by")), approvedBy);
        g.addRow(2, new javafx.scene.control.Label(Ui.text("ui.exception.until")), until);
        reason.setPrefColumnCount(32);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? new ExceptionInput(reason.getText(), approvedBy.getText(),
                until.getValue() == null ? until.getEditor().getText() : until.getValue().toString()) : null);
        return d.showAndWait();
    }

    @Override
    public void inform(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.showAndWait();
    }
}
