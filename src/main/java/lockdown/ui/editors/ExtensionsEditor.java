package lockdown.ui.editors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import lockdown.core.Extensions;
import lockdown.core.Setting;
import lockdown.ui.Ui;

/** A list of file extensions as removable tags, with a field to add more (".EXE" becomes "exe"). */
final class ExtensionsEditor extends AbstractEditor {

    private final Set<String> values = new LinkedHashSet<>();
    private final FlowPane tags = new FlowPane(6, 6);
    private final TextField input;
    private final VBox box;

    ExtensionsEditor(Setting setting) {
        super(setting);
        input = Ui.id(new TextField(), "ext-input-" + setting.key());
        input.setPromptText(Ui.text("ui.ext.prompt"));
        input.setPrefColumnCount(18);
        Button add = Ui.id(new Button(Ui.text("ui.ext.add")), "ext-add-" + setting.key());
        add.setOnAction(e -> addTyped());
        input.setOnAction(e -> addTyped());
        input.textProperty().addListener((o, was, now) -> changed());
        HBox row = new HBox(8, input, add);
        row.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(8, tags, row, errorLabel);
    }

    private void addTyped() {
        if (errorProperty().get() != null) {
            return;
        }
        for (String t : input.getText().split("[,;\\s]+")) {
            if (!t.isBlank()) {
                values.add(Extensions.normalise(t));
            }
        }
        input.clear();
        redraw();
        changed();
    }

    private void redraw() {
        tags.getChildren().clear();
        for (String v : values) {
            Button remove = Ui.id(new Button("." + v + "  ×"), "ext-tag-" + v);
            remove.getStyleClass().add("tag");
            remove.setAccessibleText(Ui.text("ui.ext.remove", v));
            remove.setOnAction(e -> {
                values.remove(v);
                redraw();
                changed();
            });
            tags.getChildren().add(remove);
        }
        if (values.isEmpty()) {
            tags.getChildren().add(Ui.styled(new Label(Ui.text("ui.ext.empty")), "text-muted"));
        }
    }

    @Override
    Object read() {
        List<String> all = new ArrayList<>(values);
        for (String t : input.getText().split("[,;\\s]+")) {
            if (!t.isBlank()) {
                all.add(t);
            }
        }
        return all;
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void set(Object value) {
        values.clear();
        values.addAll((List<String>) value);
        input.clear();
        redraw();
        changed();
    }

    @Override
    public void setDisable(boolean disabled) {
        box.setDisable(disabled);
    }
}
