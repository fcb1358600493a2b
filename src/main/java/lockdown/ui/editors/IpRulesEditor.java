package lockdown.ui.editors;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import lockdown.core.RulesType;
import lockdown.ui.FormField;

/**
 * An editable list of addresses or networks, each with a description and its options. A row whose
 * address does not parse is marked, and the error names the field and quotes the address.
 */
final class IpRulesEditor extends AbstractEditor {

    private final RulesList list;
    private final VBox box;
    private final RulesType type;

    IpRulesEditor(FormField<?> field, RulesType type) {
        super(field);
        this.type = type;
        list = new RulesList("ip-", "ip-add-" + setting.key(), type.withOptions(), this::changed);
        box = new VBox(8, list.node(), errorLabel);
    }

    @Override
    Object read() {
        return list.read();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    void show(Object value) {
        list.set(type.accept(value).orElse(java.util.List.of()));
    }

    @Override
    public void setDisable(boolean d) {
        list.setDisable(d);
    }
}
