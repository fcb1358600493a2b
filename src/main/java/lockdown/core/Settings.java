package lockdown.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lockdown.base.FieldError;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;

/**
 * Values of a step's settings, each in its setting's canonical form (brought there as it comes in,
 * by {@link #with}). Immutable. Typed access goes through the step's {@link Setting} constants.
 */
public final class Settings {

    public static final Settings EMPTY = new Settings(Map.of());

    private final Map<String, Object> values;

    private Settings(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** These values and {@code value} for {@code setting}, in canonical form. */
    public <T> Settings with(Setting<T> setting, T value) {
        return put(setting.key(), setting.type().canonical(Objects.requireNonNull(value, setting.key())));
    }

    /** These values and the command-line form {@code text} for {@code setting}, parsed and checked. */
    public <T> Settings withText(Setting<T> setting, String text) {
        return put(setting.key(), setting.parse(text));
    }

    /** These values and a value from outside the typed code (an editor), checked against {@code setting}. */
    public Settings withValue(Setting<?> setting, Object value) {
        return put(setting.key(), setting.canonical(value));
    }

    private Settings put(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new Settings(copy);
    }

    /** These values overlaid by {@code other}'s. */
    public Settings merge(Settings other) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.putAll(other.values);
        return new Settings(copy);
    }

    /** These values without the one of {@code setting}. */
    public Settings without(Setting<?> setting) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.remove(setting.key());
        return new Settings(copy);
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public boolean has(Setting<?> setting) {
        return values.containsKey(setting.key());
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The value of {@code setting}; null when there is none. */
    public <T> T get(Setting<T> setting) {
        Object v = values.get(setting.key());
        return v == null ? null : setting.cast(v);
    }

    /** The value of {@code setting}, or {@code otherwise} when there is none. */
    public <T> T get(Setting<T> setting, T otherwise) {
        return has(setting) ? get(setting) : otherwise;
    }

    /** The value under {@code key}, untyped: for code that handles every setting alike (verification, reports). */
    public Object get(String key) {
        return values.get(key);
    }

    /**
     * Checks every value against the step's settings; values are canonical already. Unknown keys
     * and read-only settings are errors; all problems are reported together.
     */
    public Settings validated(List<Setting<?>> settings) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Optional<Setting<?>> s = find(settings, e.getKey());
            if (s.isEmpty()) {
                errors.add(new FieldError(e.getKey(), Msg.of("setting.unknown", e.getKey(),
                        String.join(", ", settings.stream().filter(x -> !x.readOnly()).map(Setting::key).toList()))));
            } else if (s.get().readOnly()) {
                errors.add(new FieldError(e.getKey(), Msg.of("setting.read-only")));
            } else {
                s.get().check(e.getValue()).ifPresent(p -> errors.add(new FieldError(e.getKey(), p)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidSettingsException(errors);
        }
        return this;
    }

    private static Optional<Setting<?>> find(List<Setting<?>> settings, String key) {
        return settings.stream().filter(x -> x.key().equals(key)).findFirst();
    }

    /**
     * The values as plain JSON-like data (strings, numbers, booleans, lists, maps) for the journal and
     * the reports. Secret settings are left out.
     */
    public Map<String, Object> toPlain(List<Setting<?>> settings) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Optional<Setting<?>> s = find(settings, e.getKey());
            if (s.isPresent() && s.get().secret()) {
                continue;
            }
            out.put(e.getKey(), s.isPresent() ? s.get().plain(e.getValue()) : e.getValue());
        }
        return out;
    }

    /** The inverse of {@link #toPlain}. */
    public static Settings fromPlain(Map<String, ?> plain, List<Setting<?>> settings) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : plain.entrySet()) {
            Optional<Setting<?>> s = find(settings, e.getKey());
            out.put(e.getKey(), s.isPresent() ? s.get().fromPlain(e.getValue()) : e.getValue());
        }
        return new Settings(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings s && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return values.keySet().toString();
    }
}
