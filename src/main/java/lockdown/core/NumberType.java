package lockdown.core;

import java.util.Optional;
import lockdown.base.Msg;

/** A whole number within [min, max], shown with its unit {@code setting.<key>.unit}. */
public record NumberType(int min, int max) implements ValueType<Integer> {

    @Override
    public Optional<Integer> accept(Object value) {
        return value instanceof Integer n ? Optional.of(n) : Optional.empty();
    }

    @Override
    public Integer parse(String text) {
        String t = text.strip();
        if (!t.matches("-?\\d{1,9}")) {
            throw new IllegalArgumentException(Msg.of("setting.not-a-number", t).text());
        }
        return Integer.parseInt(t);
    }

    @Override
    public Optional<Msg> problem(String key, Integer value) {
        return value < min || value > max ? Optional.of(Msg.of("setting.out-of-range", min, max, Msg.of("setting." + key + ".unit")))
                : Optional.empty();
    }

    @Override
    public String display(String key, Integer value) {
        return Msg.of("value.with-unit", value, Msg.of("setting." + key + ".unit")).text();
    }

    /** Reads a number from JSON, which may hold it as a long. */
    @Override
    public Integer fromPlain(Object plain) {
        return plain instanceof Number n ? n.intValue() : ValueType.super.fromPlain(plain);
    }
}
