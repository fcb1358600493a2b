package lockdown.base;

import java.util.List;

/** The administrator's values were rejected; nothing was changed. */
public class InvalidSettingsException extends StepException {

    private final transient List<FieldError> errors;

    public InvalidSettingsException(List<FieldError> errors) {
        super(Msg.of("error.invalid-settings", String.join("; ",
                errors.stream().map(e -> e.text().text()).toList())));
        this.errors = List.copyOf(errors);
    }

    public InvalidSettingsException(String setting, Msg problem) {
        this(List.of(new FieldError(setting, problem)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
