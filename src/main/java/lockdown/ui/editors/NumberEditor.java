package lockdown.ui.editors;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import lockdown.core.NumberType;
import lockdown.ui.FormField;
import lockdown.ui.Ui;

/** A whole number with its unit and its allowed range. */
final class NumberEditor extends AbstractEditor {

    private final TextField textField;
    private final VBox box;

    NumberEditor(FormField<?> field, NumberType type) {
        super(field);
        textField = Ui.id(new TextField(), "number-" + setting.key());
        textField.setPrefColumnCount(6);
        textField.setAccessibleText(setting.label().text());
        Label unit = new Label(setting.unit().text());
        Label range = Ui.styled(new Label(Ui.text("ui.range", type.min(), type.max())), "text-muted");
        HBox row = new HBox(8, textField, unit, range);
        row.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(4, row, errorLabel);
        textField.textProperty().addListener((o, was, now) -> changed());
    }

    @Override
    Object read() {
        return setting.parse(textField.getText());
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
