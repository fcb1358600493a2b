package lockdown.ui.editors;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import lockdown.base.Msg;
import lockdown.core.Setting;

/**
 * The control for one setting, fit for its kind. It validates as the administrator types and
 * exposes the problem (naming the field) or the canonical value.
 */
public interface SettingEditor {

    Setting<?> setting();

    Node node();

    /** The canonical value when the input is valid. */
    Optional<Object> value();

    /** What is wrong with the input, with the field's name in front; null when it is valid. */
    ReadOnlyObjectProperty<Msg> errorProperty();

    /** Shows a value (the recommended one when the page opens). */
    void set(Object value);

    /** Called after every edit. */
    void onChange(Runnable listener);

    void setDisable(boolean disabled);
}
