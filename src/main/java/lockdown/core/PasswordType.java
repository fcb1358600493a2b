package lockdown.core;

import java.util.Optional;
import lockdown.base.Messages;
import lockdown.base.Msg;

/** A password the administrator types: never shown, logged, journaled or taken from the command line. */
public record PasswordType() implements ValueType<String> {

    @Override
    public Optional<String> accept(Object value) {
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    @Override
    public String parse(String text) {
        throw new IllegalArgumentException(Msg.of("setting.not-on-command-line").text());
    }

    @Override
    public Optional<Msg> problem(String key, String value) {
        return value.isEmpty() ? Optional.of(Msg.of("setting.missing")) : Optional.empty();
    }

    @Override
    public String display(String key, String value) {
        return Messages.get("setting.secret-hidden");
    }

    @Override
    public boolean secret() {
        return true;
    }
}
