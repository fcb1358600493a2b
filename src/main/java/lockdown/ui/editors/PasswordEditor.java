package lockdown.ui.editors;

import javafx.scene.Node;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import lockdown.ui.FormField;
import lockdown.ui.Ui;

/** A password textField; an empty textField means "not given". The text is never shown or logged. */
final class PasswordEditor extends AbstractEditor {

    private final PasswordField textField;
    private final VBox box;

    PasswordEditor(FormField<?> field) {
        super(field);
        textField = Ui.id(new PasswordField(), "password-" + setting.key());
        textField.setAccessibleText(setting.label().text());
        textField.setPromptText(Ui.text("ui.password.prompt"));
        box = new VBox(4, textField, errorLabel);
        textField.textProperty().addListener((o, was, now) -> changed());
    }

    @Override
    Object read() {
        return textField.getText().isEmpty() ? null : textField.getText();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    void show(Object value) {
        textField.clear();
    }

    @Override
    public void setDisable(boolean disabled) {
        textField.setDisable(disabled);
    }
}
