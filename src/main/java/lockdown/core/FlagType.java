package lockdown.core;

import java.util.Locale;
import java.util.Optional;
import lockdown.base.Messages;
import lockdown.base.Msg;

/**
 * On or off. A fact the wizard reads ("Account exists", "May log on as a service") reads Yes or
 * No; a switch the administrator sets reads On or Off.
 *
 * @param fact whether the value is a fact read from the server rather than a switch
 */
public record FlagType(boolean fact) implements ValueType<Boolean> {

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
        return Messages.get(fact ? (value ? "value.yes" : "value.no") : (value ? "value.on" : "value.off"));
    }
}
