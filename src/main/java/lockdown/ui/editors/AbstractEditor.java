package lockdown.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import lockdown.base.FieldError;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import lockdown.core.Setting;
import lockdown.ui.Ui;

/** Validation, the error label and change listeners, shared by the editors. */
abstract class AbstractEditor implements SettingEditor {

    protected final Setting<?> setting;
    private final ReadOnlyObjectWrapper<Msg> error = new ReadOnlyObjectWrapper<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private Object value;
    protected final Label errorLabel;

    AbstractEditor(Setting<?> setting) {
        this.setting = setting;
        errorLabel = Ui.id(Ui.paragraph("", "error-text", "field-error"), "error-" + setting.key());
        errorLabel.visibleProperty().bind(error.isNotNull());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        error.addListener((o, was, now) -> errorLabel.setText(now == null ? "" : now.text()));
    }

    /**
     * Reads the raw input of the controls; null when nothing is entered. Throws
     * IllegalArgumentException or InvalidSettingsException for input that is wrong.
     */
    abstract Object read();

    @Override
    public Setting<?> setting() {
        return setting;
    }

    @Override
    public Optional<Object> value() {
        return error.get() == null ? Optional.ofNullable(value) : Optional.empty();
    }

    @Override
    public ReadOnlyObjectProperty<Msg> errorProperty() {
        return error.getReadOnlyProperty();
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Re-validates the input and tells the listeners. A null input is "nothing entered": no value, no error. */
    protected void changed() {
        try {
            Object raw = read();
            value = raw == null ? null : setting.canonical(raw);
            error.set(null);
        } catch (InvalidSettingsException e) {
            value = null;
            error.set(e.errors().getFirst().text());
        } catch (IllegalArgumentException e) {
            value = null;
            error.set(new FieldError(setting.key(), Msg.of("error.plain", e.getMessage())).text());
        }
        listeners.forEach(Runnable::run);
    }
}
