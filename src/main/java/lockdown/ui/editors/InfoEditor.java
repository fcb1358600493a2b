package lockdown.ui.editors;

import javafx.scene.Node;
import javafx.scene.control.Label;
import lockdown.ui.FormField;
import lockdown.ui.Ui;

/** A value the wizard shows but cannot change. */
final class InfoEditor extends AbstractEditor {

    private final Label label = Ui.styled(new Label(), "info-value");
    private Object value;

    InfoEditor(FormField<?> field) {
        super(field);
        label.setId("info-" + setting.key());
    }

    @Override
    Object read() {
        return value;
    }

    @Override
    public Node node() {
        return label;
    }

    @Override
    void show(Object v) {
        value = v;
        label.setText(setting.format(v));
    }

    @Override
    public void setDisable(boolean disabled) {
        // nothing to edit
    }
}
