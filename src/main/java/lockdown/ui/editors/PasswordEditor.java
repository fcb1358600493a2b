package lockdown.ui.editors;

import javafx.scene.control.PasswordField;
import lockdown.ui.FormField;
import lockdown.ui.Ui;

/** A password field; an empty field means "not given". The text is never shown or logged. */
final class PasswordEditor extends LineEditor {

    PasswordEditor(FormField<?> field) {
        super(field, new PasswordField(), "password-");
        line.setPromptText(Ui.text("ui.password.prompt"));
    }

    @Override
    Object read() {
        return line.getText().isEmpty() ? null : line.getText();
    }

    /** A password is never put back into the field: the model only ever clears it. */
    @Override
    void show(Object value) {
        line.clear();
    }
}
