package lockdown.base;

/** A rejected value: which setting, and what is wrong with it. */
public record FieldError(String setting, Msg problem) {

    /** "Threshold: must be between 1 and 100", with the setting's label in front. */
    public Msg text() {
        // A field the bundle has no label for (an unknown --set key, say) is named as it was typed.
        Object label = Messages.has("setting." + setting) ? Msg.of("setting." + setting) : setting;
        return Msg.of("error.field", label, problem);
    }
}
