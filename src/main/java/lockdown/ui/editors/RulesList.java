package lockdown.ui.editors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
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
import lockdown.ui.Ui;

/**
 * Rows of an address or network with a description (and, for whitelist entries, the entry's
 * options), an "Add entry" button and a remove button per row. Ids carry {@code prefix}.
 */
final class RulesList {

    private final String prefix;
    private final boolean withOptions;
    private final Runnable changed;
    private final VBox rows = new VBox(6);
    private final Button add;
    private final VBox node;
    private int counter;

    /** One entry's controls. */
    private final class Row {
        final TextField address = new TextField();
        final TextField description = new TextField();
        final List<CheckBox> options = new ArrayList<>();
        final VBox node;

        Row(IpRule rule) {
            int n = counter++;
            address.setId(prefix + "address-" + n);
            description.setId(prefix + "description-" + n);
            address.setPromptText(Ui.text("ui.ip.address-prompt"));
            address.setPrefColumnCount(20);
            address.setAccessibleText(Ui.text("ui.ip.address"));
            description.setPromptText(Ui.text("ui.ip.description"));
            description.setAccessibleText(Ui.text("ui.ip.description"));
            HBox.setHgrow(description, Priority.ALWAYS);
            Button remove = new Button(Ui.text("ui.ip.remove"));
            remove.setId(prefix + "remove-" + n);
            remove.getStyleClass().add("flat");
            HBox first = new HBox(8, address, description, remove);
            first.setAlignment(Pos.CENTER_LEFT);
            node = Ui.styled(new VBox(6, first), "ip-row");
            if (withOptions) {
                HBox second = new HBox(16);
                second.setAlignment(Pos.CENTER_LEFT);
                for (IpRule.Option o : IpRule.Option.values()) {
                    CheckBox c = new CheckBox(o.label().text());
                    c.setId(prefix + "option-" + o.code() + "-" + n);
                    c.setUserData(o);
                    c.setSelected(rule == null ? o == IpRule.Option.SMTP_AUTH : rule.has(o));
                    c.selectedProperty().addListener((x, was, now) -> changed.run());
                    options.add(c);
                    second.getChildren().add(c);
                }
                node.getChildren().add(second);
            }
            if (rule != null) {
                address.setText(rule.address());
                description.setText(rule.description());
            }
            remove.setOnAction(e -> {
                rows.getChildren().remove(node);
                changed.run();
            });
            address.textProperty().addListener((x, was, now) -> changed.run());
            description.textProperty().addListener((x, was, now) -> changed.run());
            node.setUserData(this);
        }

        boolean blank() {
            return address.getText().isBlank() && description.getText().isBlank();
        }

        IpRule rule() {
            Set<IpRule.Option> set = EnumSet.noneOf(IpRule.Option.class);
            options.stream().filter(CheckBox::isSelected).forEach(c -> set.add((IpRule.Option) c.getUserData()));
            return IpRule.typed(address.getText(), description.getText(), set);
        }
    }

    RulesList(String prefix, String addId, boolean withOptions, Runnable changed) {
        this(prefix, addId, withOptions, changed, Ui.text("ui.ip.empty"));
    }

    /** {@code emptyText} is what the list says while it has no entries. */
    RulesList(String prefix, String addId, boolean withOptions, Runnable changed, String emptyText) {
        this.prefix = prefix;
        this.withOptions = withOptions;
        this.changed = changed;
        add = Ui.id(new Button(Ui.text("ui.ip.add")), addId);
        add.setOnAction(e -> {
            Row r = new Row(null);
            rows.getChildren().add(r.node);
            r.address.requestFocus();
            changed.run();
        });
        Label empty = Ui.styled(new Label(emptyText), "text-muted");
        empty.visibleProperty().bind(Bindings.isEmpty(rows.getChildren()));
        empty.managedProperty().bind(empty.visibleProperty());
        node = new VBox(8, rows, empty, add);
    }

    Node node() {
        return node;
    }

    /** The entries typed so far; a row whose address does not parse is marked and its error thrown. */
    List<IpRule> read() {
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

    void set(List<IpRule> rules) {
        rows.getChildren().clear();
        for (IpRule r : rules) {
            rows.getChildren().add(new Row(r).node);
        }
    }

    void setDisable(boolean d) {
        rows.setDisable(d);
        add.setDisable(d);
    }
}
