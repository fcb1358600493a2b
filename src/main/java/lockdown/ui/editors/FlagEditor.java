package lockdown.ui.editors;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import lockdown.ui.FormField;
import lockdown.ui.Ui;

/** On or off. */
final class FlagEditor extends AbstractEditor {

    private final CheckBox box;
    private final VBox node;

    FlagEditor(FormField<?> field) {
        super(field);
        box = Ui.id(new CheckBox(setting.label().text()), "flag-" + setting.key());
        node = new VBox(4, box, errorLabel);
        box.selectedProperty().addListener((o, was, now) -> changed());
    }

    @Override
    Object read() {
        return box.isSelected();
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    void show(Object value) {
        box.setSelected(Boolean.TRUE.equals(value));
    }

    @Override
    public void setDisable(boolean disabled) {
        box.setDisable(disabled);
    }
}
