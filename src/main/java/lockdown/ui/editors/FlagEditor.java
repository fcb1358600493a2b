package lockdown.ui.editors;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import lockdown.core.Setting;
import lockdown.ui.Ui;

/** On or off. */
final class FlagEditor extends AbstractEditor {

    private final CheckBox box;
    private final VBox node;

    FlagEditor(Setting<?> setting) {
        super(setting);
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
    public void set(Object value) {
        box.setSelected(Boolean.TRUE.equals(value));
        changed();
    }

    @Override
    public void setDisable(boolean disabled) {
        box.setDisable(disabled);
    }
}
