package lockdown.ui.editors;

import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import lockdown.core.ChoiceType;
import lockdown.ui.FormField;
import lockdown.ui.Ui;

/** One radio button per choice. */
final class ChoiceEditor extends AbstractEditor {

    private final ToggleGroup group = new ToggleGroup();
    private final VBox box = new VBox(6);

    ChoiceEditor(FormField<?> field, ChoiceType type) {
        super(field);
        for (String c : type.choices()) {
            RadioButton r = Ui.id(new RadioButton(setting.choiceLabel(c).text()), "choice-" + setting.key() + "-" + c);
            r.setUserData(c);
            r.setToggleGroup(group);
            box.getChildren().add(r);
        }
        box.getChildren().add(errorLabel);
        group.selectedToggleProperty().addListener((o, was, now) -> changed());
    }

    @Override
    Object read() {
        Toggle t = group.getSelectedToggle();
        return t == null ? null : t.getUserData();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    void show(Object value) {
        group.getToggles().stream().filter(t -> t.getUserData().equals(value)).findFirst().ifPresent(group::selectToggle);
    }

    @Override
    public void setDisable(boolean disabled) {
        box.setDisable(disabled);
    }
}
