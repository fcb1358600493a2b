package lockdown.core;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import lockdown.base.Messages;
import lockdown.base.Msg;

/** Account names, sorted, each once. */
public record NamesType() implements ValueType<List<String>> {

    @Override
    public Optional<List<String>> accept(Object value) {
        return Values.listOf(value, String.class);
    }

    @Override
    public List<String> parse(String text) {
        return ExtensionsType.words(text);
    }

    @Override
    public List<String> canonical(List<String> value) {
        return List.copyOf(new TreeSet<>(value));
    }

    @Override
    public Optional<Msg> problem(String key, List<String> value) {
        for (String name : value) {
            String n = name.strip();
            if (n.isEmpty() || n.length() > 64 || n.chars().anyMatch(Character::isISOControl)) {
                return Optional.of(Msg.of("setting.bad-name", name));
            }
        }
        return Optional.empty();
    }

    @Override
    public String display(String key, List<String> value) {
        return value.isEmpty() ? Messages.get("value.none") : String.join(", ", value);
    }
}
