package lockdown.ui.editors;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import lockdown.core.NumberType;
import lockdown.core.Setting;
import lockdown.ui.Ui;

/** A whole number with its unit and its allowed range. */
final class NumberEditor extends AbstractEditor {

    private final TextField field;
    private final VBox box;

    NumberEditor(Setting<?> setting, NumberType type) {
        super(setting);
        field = Ui.id(new TextField(), "number-" + setting.key());
        field.setPrefColumnCount(6);
        field.setAccessibleText(setting.label().text());
        Label unit = new Label(setting.unit().text());
        Label range = Ui.styled(new Label(Ui.text("ui.range", type.min(), type.max())), "text-muted");
        HBox row = new HBox(8, field, unit, range);
        row.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(4, row, errorLabel);
        field.textProperty().addListener((o, was, now) -> changed());
    }

    @Override
    Object read() {
        return setting.parse(field.getText());
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void set(Object value) {
        field.setText(String.valueOf(value));
        changed();
    }

    @Override
    public void setDisable(boolean disabled) {
        field.setDisable(disabled);
    }
}
