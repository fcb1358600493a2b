package lockdown.ui.editors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lockdown.core.IpRule;
import lockdown.core.Setting;
import lockdown.ui.Ui;

/**
 * An editable list of addresses or networks, each with a description and its options. A row whose
 * address does not parse is marked, and the error names the field and quotes the address.
 */
final class IpRulesEditor extends AbstractEditor {

    private final VBox rows = new VBox(6);
    private final VBox box;
    private final Button add = new Button(Ui.text("ui.ip.add"));
    private boolean disabled;

    /** One entry's controls. */
    private final class Row {
        final TextField address = new TextField();
        final TextField description = new TextField();
        final List<CheckBox> options = new ArrayList<>();
        final VBox node;

        Row(IpRule rule) {
            int n = rows.getChildren().size();
            address.setId("ip-address-" + n);
            description.setId("ip-description-" + n);
            address.setPromptText("203.0.113.5  /  203.0.113.0/24  /  2001:db8::/64");
            address.setPrefColumnCount(16);
            address.setAccessibleText(Ui.text("ui.ip.address"));
            description.setPromptText(Ui.text("ui.ip.description"));
            description.setAccessibleText(Ui.text("ui.ip.description"));
            HBox.setHgrow(description, Priority.ALWAYS);
            HBox first = new HBox(8, address, description);
            first.setAlignment(Pos.CENTER_LEFT);
            HBox second = new HBox(16);
            second.setAlignment(Pos.CENTER_LEFT);
            node = Ui.styled(new VBox(6, first, second), "ip-row");
            for (IpRule.Option o : IpRule.Option.values()) {
                CheckBox c = new CheckBox(o.label().text());
                c.setId("ip-option-" + o.code() + "-" + n);
                c.setUserData(o);
                c.selectedProperty().addListener((x, was, now) -> changed());
                options.add(c);
                second.getChildren().add(c);
            }
            Button remove = new Button(Ui.text("ui.ip.remove"));
            remove.setId("ip-remove-" + n);
            remove.getStyleClass().add("flat");
            remove.setOnAction(e -> {
                rows.getChildren().remove(node);
                changed();
            });
            first.getChildren().add(remove);
            node.setUserData(this);
            if (rule != null) {
                address.setText(rule.address());
                description.setText(rule.description());
                options.forEach(c -> c.setSelected(rule.has((IpRule.Option) c.getUserData())));
            } else {
                options.forEach(c -> c.setSelected(c.getUserData() == IpRule.Option.SMTP_AUTH));
            }
            address.textProperty().addListener((x, was, now) -> changed());
            description.textProperty().addListener((x, was, now) -> changed());
            node.setDisable(disabled);
        }

        boolean blank() {
            return address.getText().isBlank() && description.getText().isBlank();
        }

        IpRule rule() {
            Set<IpRule.Option> set = EnumSet.noneOf(IpRule.Option.class);
            options.stream().filter(CheckBox::isSelected).forEach(c -> set.add((IpRule.Option) c.getUserData()));
            return new IpRule(address.getText(), description.getText(), set);
        }
    }

    IpRulesEditor(Setting setting) {
        super(setting);
        add.setId("ip-add-" + setting.key());
        add.setOnAction(e -> {
            Row r = new Row(null);
            rows.getChildren().add(r.node);
            r.address.requestFocus();
            changed();
        });
        Label empty = Ui.styled(new Label(Ui.text("ui.ip.empty")), "text-muted");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(rows.getChildren()));
        empty.managedProperty().bind(empty.visibleProperty());
        box = new VBox(8, rows, empty, add, errorLabel);
    }

    @Override
    Object read() {
        List<IpRule> rules = new ArrayList<>();
        for (Node n : rows.getChildren()) {
            Row r = (Row) n.getUserData();
            r.address.getStyleClass().remove("invalid");
            if (r.blank()) {
                continue;
            }
            try {
                rules.add(r.rule());
            } catch (IllegalArgumentException e) {
                r.address.getStyleClass().add("invalid");
                throw e;
            }
        }
        return rules;
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void set(Object value) {
        rows.getChildren().clear();
        for (IpRule r : Setting.ipRulesOf(value)) {
            rows.getChildren().add(new Row(r).node);
        }
        changed();
    }

    @Override
    public void setDisable(boolean d) {
        disabled = d;
        rows.setDisable(d);
        add.setDisable(d);
    }
}
