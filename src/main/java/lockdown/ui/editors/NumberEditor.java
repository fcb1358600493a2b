package lockdown.ui.editors;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import lockdown.core.NumberType;
import lockdown.ui.FormField;
import lockdown.ui.Ui;

/** A whole number with its unit and its allowed range. */
final class NumberEditor extends LineEditor {

    NumberEditor(FormField<?> field, NumberType type) {
        super(field, narrow(new TextField()), "number-", new Label(field.setting().unit().text()),
                Ui.styled(new Label(Ui.text("ui.range", type.min(), type.max())), "text-muted"));
    }

    private static TextField narrow(TextField f) {
        f.setPrefColumnCount(6);
        return f;
    }

    @Override
    Object read() {
        return setting.parse(line.getText());
    }
}
