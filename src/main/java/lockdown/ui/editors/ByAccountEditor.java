package lockdown.ui.editors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import lockdown.core.IpRule;
import lockdown.core.RulesByNameType;
import lockdown.ui.FormField;
import lockdown.ui.Ui;

/**
 * Per account, the addresses it may log in from; an empty list means "not restricted". The
 * accounts come from the value the page opens with.
 */
final class ByAccountEditor extends AbstractEditor {

    private final VBox accounts = new VBox(14);
    private final Map<String, RulesList> lists = new LinkedHashMap<>();
    private final VBox box;
    private final RulesByNameType type;

    ByAccountEditor(FormField<?> field, RulesByNameType type) {
        super(field);
        this.type = type;
        box = new VBox(8, accounts, errorLabel);
    }

    @Override
    Object read() {
        Map<String, List<IpRule>> out = new TreeMap<>();
        for (Map.Entry<String, RulesList> e : lists.entrySet()) {
            try {
                out.put(e.getKey(), e.getValue().read());
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException(Ui.text("setting.for-account", e.getKey(), bad.getMessage()));
            }
        }
        return out;
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    void show(Object value) {
        accounts.getChildren().clear();
        lists.clear();
        type.accept(value).orElse(Map.of()).forEach((account, rules) -> {
            RulesList list = new RulesList("acct-" + account + "-", "acct-add-" + account, false, this::changed,
                    Ui.text("ui.account.empty-means"));
            list.set(rules);
            lists.put(account, list);
            Label name = Ui.styled(new Label(Ui.text("ui.account.header", account)), "account-name");
            accounts.getChildren().add(new VBox(6, name, list.node()));
        });
    }

    @Override
    public void setDisable(boolean d) {
        lists.values().forEach(l -> l.setDisable(d));
    }
}
