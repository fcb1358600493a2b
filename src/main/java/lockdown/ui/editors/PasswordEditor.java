package lockdown.ui.editors;

import javafx.scene.Node;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import lockdown.core.Setting;
import lockdown.ui.Ui;

/** A password field; an empty field means "not given". The text is never shown or logged. */
final class PasswordEditor extends AbstractEditor {

    private final PasswordField field;
    private final VBox box;

    PasswordEditor(Setting<?> setting) {
        super(setting);
        field = Ui.id(new PasswordField(), "password-" + setting.key());
        field.setAccessibleText(setting.label().text());
        field.setPromptText(Ui.text("ui.password.prompt"));
        box = new VBox(4, field, errorLabel);
        field.textProperty().addListener((o, was, now) -> changed());
    }

    @Override
    Object read() {
        return field.getText().isEmpty() ? null : field.getText();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void set(Object value) {
        field.clear();
        changed();
    }

    @Override
    public void setDisable(boolean disabled) {
        field.setDisable(disabled);
    }
}
