package lockdown.ui.editors;

import javafx.scene.control.TextField;
import lockdown.ui.FormField;

/** A line of text, such as a confirmation phrase. */
final class TextEditor extends LineEditor {

    TextEditor(FormField<?> field) {
        super(field, new TextField(), "text-");
    }

    @Override
    Object read() {
        return line.getText();
    }
}
