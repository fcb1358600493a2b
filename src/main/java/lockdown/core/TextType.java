package lockdown.core;

import java.util.Optional;

/** Free text: an account name, a folder, a confirmation phrase. */
public record TextType() implements ValueType<String> {

    @Override
    public Optional<String> accept(Object value) {
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    @Override
    public String parse(String text) {
        return text;
    }

    @Override
    public String display(String key, String value) {
        return value;
    }
}
