package lockdown.base;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The fields of a server record that the wizard does not edit, exactly as the server returned them
 * (names, values, nesting), as plain JSON-like data: strings, booleans, numbers, lists, maps and
 * null. Writes send them back unchanged, the journal keeps them, verification compares them, and
 * undo restores them. Keys are sorted and numbers normalised, so two equal records compare equal.
 */
public record Fields(Map<String, Object> values) {

    public static final Fields NONE = new Fields(Map.of());

    public Fields {
        TreeMap<String, Object> sorted = new TreeMap<>();
        values.forEach((k, v) -> sorted.put(k, plain(v)));
        values = Collections.unmodifiableMap(sorted);
    }

    /** These fields without the named ones (the ones the wizard models itself). */
    public Fields without(String... names) {
        TreeMap<String, Object> copy = new TreeMap<>(values);
        for (String n : names) {
            copy.remove(n);
        }
        return new Fields(copy);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Object get(String name) {
        return values.get(name);
    }

    /**
     * The names of the fields this record holds with another value than {@code read} (or that
     * {@code read} lacks): what a server dropped or changed. Fields only {@code read} has do not count.
     */
    public List<String> differences(Fields read) {
        List<String> out = new ArrayList<>();
        values.forEach((k, v) -> {
            if (!read.values.containsKey(k) || !Objects.equals(read.values.get(k), v)) {
                out.add(k);
            }
        });
        return out;
    }

    /** Whether {@code read} holds every field of this record with the same value. */
    public boolean heldBy(Fields read) {
        return differences(read).isEmpty();
    }

    /** Integral numbers as Long, others as BigDecimal; maps sorted; lists and maps unmodifiable. */
    static Object plain(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Number n) {
            BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
            try {
                return d.longValueExact();
            } catch (ArithmeticException notIntegral) {
                return d.stripTrailingZeros();
            }
        }
        if (v instanceof Map<?, ?> m) {
            TreeMap<String, Object> out = new TreeMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
            return Collections.unmodifiableMap(out);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(plain(x)));
            return Collections.unmodifiableList(out);
        }
        return String.valueOf(v);
    }

    @Override
    public String toString() {
        return "Fields" + values.keySet();
    }
}
