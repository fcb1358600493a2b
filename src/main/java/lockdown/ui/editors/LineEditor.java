package lockdown.ui.editors;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lockdown.ui.FormField;
import lockdown.ui.Ui;

/** One line typed into a field, with anything shown beside it: the text, number and password editors. */
abstract class LineEditor extends AbstractEditor {

    protected final TextField line;
    private final VBox box;

    LineEditor(FormField<?> field, TextField line, String idPrefix, Node... beside) {
        super(field);
        this.line = Ui.id(line, idPrefix + setting.key());
        line.setAccessibleText(setting.label().text());
        HBox row = new HBox(8, line);
        row.getChildren().addAll(beside);
        row.setAlignment(Pos.CENTER_LEFT);
        if (beside.length == 0) {
            HBox.setHgrow(line, Priority.ALWAYS);
        }
        box = new VBox(4, row, errorLabel);
        line.textProperty().addListener((o, was, now) -> changed());
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    void show(Object value) {
        line.setText(value == null ? "" : String.valueOf(value));
    }

    @Override
    public void setDisable(boolean disabled) {
        line.setDisable(disabled);
    }
}
