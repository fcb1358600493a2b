package lockdown.ui.editors;

import javafx.scene.Node;
import lockdown.core.Setting;

/**
 * The control for one setting, fit for its type, bound both ways to the page model's
 * {@link lockdown.ui.FormField}: it shows the field's value and reports what is typed, and the
 * field holds the canonical value and the problem with the input.
 */
public interface SettingEditor {

    Setting<?> setting();

    Node node();

    void setDisable(boolean disabled);
}
