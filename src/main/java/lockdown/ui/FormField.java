package lockdown.ui;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import lockdown.base.FieldError;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import lockdown.core.Setting;

/**
 * The value being edited for one setting, in the step page's model: the typed, canonical value
 * (null while nothing is entered) and what is wrong with the input, naming the field. An editor
 * shows {@link #valueProperty()} and reports what was typed with {@link #input}; the model sets
 * the value (the recommendation, or the one before) with {@link #set}.
 */
public final class FormField<T> {

    private final Setting<T> setting;
    private final ObjectProperty<T> value = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Msg> error = new ReadOnlyObjectWrapper<>();

    FormField(Setting<T> setting, T initial) {
        this.setting = setting;
        value.set(initial);
    }

    public Setting<T> setting() {
        return setting;
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    /** What is wrong with the input, with the field's name in front; null while it is valid. */
    public ReadOnlyObjectProperty<Msg> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The value, when the input is valid and not empty. */
    public Optional<T> value() {
        return error.get() == null ? Optional.ofNullable(value.get()) : Optional.empty();
    }

    /** Sets the value from the model (for example back to the recommendation). */
    public void set(T v) {
        error.set(null);
        value.set(v);
    }

    /**
     * What the administrator typed: brought to canonical form and checked. Null means nothing
     * entered (no value, no error). Bad input keeps the last value and sets the error.
     */
    public void input(Object raw) {
        try {
            T v = raw == null ? null : setting.canonical(raw);
            error.set(null);
            value.set(v);
        } catch (InvalidSettingsException e) {
            error.set(e.errors().getFirst().text());
        } catch (IllegalArgumentException e) {
            error.set(new FieldError(setting.key(), Msg.of("error.plain", e.getMessage())).text());
        }
    }

    /** An input the editor could not read at all (for example a number field holding letters). */
    public void invalid(Msg problem) {
        error.set(new FieldError(setting.key(), problem).text());
    }
}
