package lockdown.ui.editors;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import lockdown.core.Setting;
import lockdown.ui.Ui;

/** A line of text, such as a confirmation phrase. */
final class TextEditor extends AbstractEditor {

    private final TextField field;
    private final VBox box;

    TextEditor(Setting<?> setting) {
        super(setting);
        field = Ui.id(new TextField(), "text-" + setting.key());
        field.setAccessibleText(setting.label().text());
        box = new VBox(4, field, errorLabel);
        field.textProperty().addListener((o, was, now) -> changed());
    }

    @Override
    Object read() {
        return field.getText();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void set(Object value) {
        field.setText(value == null ? "" : String.valueOf(value));
        changed();
    }

    @Override
    public void setDisable(boolean disabled) {
        field.setDisable(disabled);
    }
}
