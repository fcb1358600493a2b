package lockdown.base;

import java.util.List;

/** The administrator's values were rejected; nothing was changed. */
public class InvalidSettingsException extends StepException {

    private final transient List<FieldError> errors;

    public InvalidSettingsException(List<FieldError> errors) {
        super(Msg.of("error.invalid-settings", joined(errors)));
        this.errors = List.copyOf(errors);
    }

    public InvalidSettingsException(String setting, Msg problem) {
        this(List.of(new FieldError(setting, problem)));
    }

    /** The errors as one message, kept as keys and arguments ("{0}; {1}" nested), never as rendered text. */
    private static Msg joined(List<FieldError> errors) {
        Msg out = errors.isEmpty() ? Msg.of("error.plain", "") : errors.getFirst().text();
        for (int i = 1; i < errors.size(); i++) {
            out = Msg.of("error.and", out, errors.get(i).text());
        }
        return out;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
