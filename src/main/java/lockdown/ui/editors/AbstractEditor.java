package lockdown.ui.editors;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import lockdown.core.Setting;
import lockdown.ui.FormField;
import lockdown.ui.Ui;

/**
 * The binding to the field, the error label and change listeners, shared by the editors. A value
 * set in the model is shown ({@link #show}); what the administrator types is read ({@link #read})
 * and handed to the field, which keeps it canonical or says what is wrong.
 */
abstract class AbstractEditor implements SettingEditor {

    protected final FormField<?> field;
    protected final Setting<?> setting;
    protected final Label errorLabel;
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean reporting;
    private boolean showing;

    AbstractEditor(FormField<?> field) {
        this.field = field;
        this.setting = field.setting();
        errorLabel = Ui.id(Ui.paragraph("", "error-text", "field-error"), "error-" + setting.key());
        errorLabel.visibleProperty().bind(field.errorProperty().isNotNull());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        field.errorProperty().addListener((o, was, now) -> errorLabel.setText(now == null ? "" : now.text()));
    }

    /** Shows the field's value and follows it from now on; called once the controls exist. */
    final void init() {
        display(field.valueProperty().get());
        field.valueProperty().addListener((o, was, now) -> {
            if (!reporting) {
                display(now);
            }
        });
    }

    private void display(Object value) {
        showing = true;
        try {
            show(value);
        } finally {
            showing = false;
        }
        listeners.forEach(Runnable::run);
    }

    /**
     * Reads the raw input of the controls; null when nothing is entered. Throws
     * IllegalArgumentException or InvalidSettingsException for input that is wrong.
     */
    abstract Object read();

    /** Puts a value from the model into the controls (null: nothing). */
    abstract void show(Object value);

    @Override
    public Setting<?> setting() {
        return setting;
    }

    /** Runs after every edit and every value shown. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Reads the input and hands it to the field; ignored while a value from the model is being shown. */
    protected void changed() {
        if (showing) {
            return;
        }
        reporting = true;
        try {
            field.input(read());
        } catch (InvalidSettingsException e) {
            field.invalid(e.errors().getFirst().problem());
        } catch (IllegalArgumentException e) {
            field.invalid(Msg.of("error.plain", e.getMessage()));
        } finally {
            reporting = false;
        }
        listeners.forEach(Runnable::run);
    }
}
