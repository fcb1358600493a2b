package lockdown.core;

import java.util.List;
import java.util.Optional;
import lockdown.base.Messages;
import lockdown.base.Msg;

/** One of a fixed list of values; people see each by its label {@code choice.<key>.<value>}. */
public record ChoiceType(List<String> choices) implements ValueType<String> {

    public ChoiceType {
        choices = List.copyOf(choices);
    }

    @Override
    public Optional<String> accept(Object value) {
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    @Override
    public String parse(String text) {
        String t = text.strip();
        return choices.stream().filter(c -> c.equalsIgnoreCase(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Msg.of("setting.not-a-choice", t, String.join(", ", choices)).text()));
    }

    @Override
    public Optional<Msg> problem(String key, String value) {
        return choices.contains(value) ? Optional.empty() : Optional.of(Msg.of("setting.not-a-choice", value, String.join(", ", choices)));
    }

    /**
     * A value as it is, not as an action: {@code choice.<key>.<value>.state} when the bundle has it
     * ("Present, on every address"), else the choice's label.
     */
    @Override
    public String display(String key, String value) {
        String state = "choice." + key + "." + value + ".state";
        return Messages.has(state) ? Messages.get(state) : Msg.of("choice." + key + "." + value).text();
    }
}
