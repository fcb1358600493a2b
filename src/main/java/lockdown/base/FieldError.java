package lockdown.base;

/** A rejected value: which setting, and what is wrong with it. */
public record FieldError(String setting, Msg problem) {

    /** "Threshold: must be between 1 and 100", with the setting's label in front. */
    public Msg text() {
        return Msg.of("error.field", Msg.of("setting." + setting), problem);
    }
}
