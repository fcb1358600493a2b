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
import lockdown.ui.FormField;
import lockdown.ui.Ui;

/** A list of file extensions as removable tags, with a field to add more (".EXE" becomes "exe"). */
final class ExtensionsEditor extends AbstractEditor {

    private final Set<String> values = new LinkedHashSet<>();
    private final FlowPane tags = new FlowPane(6, 6);
    private final TextField input;
    private final Label diff = Ui.styled(new Label(), "text-muted");
    private final VBox reasons = new VBox(2);
    private final javafx.scene.control.TitledPane why;
    private final List<String> current;
    private final VBox box;

    @SuppressWarnings("unchecked")
    ExtensionsEditor(FormField<?> field, EditorContext context) {
        super(field);
        current = context.current() instanceof List<?> l ? (List<String>) l : List.of();
        diff.setId("ext-diff-" + setting.key());
        diff.setWrapText(true);
        input = Ui.id(new TextField(), "ext-input-" + setting.key());
        input.setPromptText(Ui.text("ui.ext.prompt"));
        input.setPrefColumnCount(18);
        Button add = Ui.id(new Button(Ui.text("ui.ext.add")), "ext-add-" + setting.key());
        add.setOnAction(e -> addTyped());
        input.setOnAction(e -> addTyped());
        input.textProperty().addListener((o, was, now) -> changed());
        HBox row = new HBox(8, input, add);
        row.setAlignment(Pos.CENTER_LEFT);
        why = new javafx.scene.control.TitledPane(Ui.text("ui.ext.why"), reasons);
        why.setExpanded(false);
        why.setId("ext-why-" + setting.key());
        // The reasons are laid out when someone opens them: a long list of wrapped lines otherwise
        // makes the page's first layout slow.
        why.expandedProperty().addListener((o, was, open) -> showReasons());
        box = new VBox(8, tags, row, diff, errorLabel, why);
        onChange(this::showDiff);
    }

    /** What applying would add and remove, compared with the server's list now. */
    private void showDiff() {
        java.util.Set<String> add = new java.util.TreeSet<>(values);
        add.removeAll(current);
        java.util.Set<String> remove = new java.util.TreeSet<>(current);
        remove.removeAll(values);
        diff.setText(add.isEmpty() && remove.isEmpty() ? Ui.text("ui.ext.same")
                : Ui.text("ui.ext.diff", add.isEmpty() ? "-" : String.join(", ", add), remove.isEmpty() ? "-" : String.join(", ", remove)));
        showReasons();
    }

    private void showReasons() {
        reasons.getChildren().clear();
        if (!why.isExpanded()) {
            return;
        }
        for (String v : values) {
            if (lockdown.core.DangerousExtensions.curated(v)) {
                reasons.getChildren().add(Ui.paragraph("." + v + ": " + lockdown.core.DangerousExtensions.reason(v).text()));
            }
        }
    }

    private void addTyped() {
        if (field.errorProperty().get() != null) {
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
            // No id per tag: JavaFX caches matched styles per id, so dozens of distinct ids made the
            // page's first CSS pass slow. The tag is found by its accessible text instead.
            Button remove = new Button("." + v + "  ×");
            remove.getStyleClass().add("tag");
            if (!current.contains(v)) {
                remove.getStyleClass().add("tag-new");
            }
            if (lockdown.core.DangerousExtensions.curated(v)) {
                remove.setTooltip(new javafx.scene.control.Tooltip(lockdown.core.DangerousExtensions.reason(v).text()));
            }
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
    void show(Object value) {
        values.clear();
        if (value != null) {
            values.addAll((List<String>) value);
        }
        input.clear();
        redraw();
    }

    @Override
    public void setDisable(boolean disabled) {
        box.setDisable(disabled);
    }
}
