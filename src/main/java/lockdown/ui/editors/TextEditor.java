package lockdown.ui.editors;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import lockdown.ui.FormField;
import lockdown.ui.Ui;

/** A line of text, such as a confirmation phrase. */
final class TextEditor extends AbstractEditor {

    private final TextField textField;
    private final VBox box;

    TextEditor(FormField<?> field) {
        super(field);
        textField = Ui.id(new TextField(), "text-" + setting.key());
        textField.setAccessibleText(setting.label().text());
        box = new VBox(4, textField, errorLabel);
        textField.textProperty().addListener((o, was, now) -> changed());
    }

    @Override
    Object read() {
        return textField.getText();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    void show(Object value) {
        textField.setText(value == null ? "" : String.valueOf(value));
    }

    @Override
    public void setDisable(boolean disabled) {
        textField.setDisable(disabled);
    }
}
