package lockdown.core;

import java.util.Locale;
import java.util.Optional;
import lockdown.base.Messages;
import lockdown.base.Msg;

/** On or off. */
public record FlagType() implements ValueType<Boolean> {

    @Override
    public Optional<Boolean> accept(Object value) {
        return value instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    @Override
    public Boolean parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> Boolean.TRUE;
            case "false", "no", "off" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(Msg.of("setting.not-a-flag", text.strip()).text());
        };
    }

    @Override
    public String display(String key, Boolean value) {
        return Messages.get(value ? "value.on" : "value.off");
    }
}
