package lockdown.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import lockdown.base.Messages;
import lockdown.base.Msg;

/** File extensions without the dot, lower case, sorted, each once. Typed separated by commas, semicolons or spaces. */
public record ExtensionsType() implements ValueType<List<String>> {

    @Override
    public Optional<List<String>> accept(Object value) {
        return Values.listOf(value, String.class);
    }

    @Override
    public List<String> parse(String text) {
        return words(text);
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                out.add(part);
            }
        }
        return out;
    }

    @Override
    public List<String> canonical(List<String> value) {
        TreeSet<String> sorted = new TreeSet<>();
        for (String e : value) {
            sorted.add(Extensions.problem(e).isPresent() ? e : Extensions.normalise(e));
        }
        return List.copyOf(sorted);
    }

    @Override
    public Optional<Msg> problem(String key, List<String> value) {
        return value.stream().map(Extensions::problem).flatMap(Optional::stream).findFirst();
    }

    @Override
    public String display(String key, List<String> value) {
        return value.isEmpty() ? Messages.get("value.none") : String.join(", ", value);
    }
}
