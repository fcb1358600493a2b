package lockdown.core;

import lockdown.base.Msg;
import lockdown.base.InvalidSettingsException;
import lockdown.base.FieldError;
import lockdown.base.Fields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Values of a step's settings by key, in canonical form. Immutable. */
public final class Settings {

    public static final Settings EMPTY = new Settings(Map.of());

    private final Map<String, Object> values;

    private Settings(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Settings of(Map<String, Object> values) {
        return new Settings(values);
    }

    public Settings with(String key, Object value) {
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

    /** These values without the one under {@code key}. */
    public Settings without(String key) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.remove(key);
        return new Settings(copy);
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Object get(String key) {
        return values.get(key);
    }

    public String string(String key) {
        return (String) values.get(key);
    }

    public int number(String key) {
        return (Integer) values.get(key);
    }

    public boolean flag(String key) {
        return (Boolean) values.get(key);
    }

    public List<IpRule> ipRules(String key) {
        return Setting.ipRulesOf(values.get(key));
    }

    @SuppressWarnings("unchecked")
    public List<String> words(String key) {
        return (List<String>) values.get(key);
    }

    /**
     * Checks and canonicalises every value against the step's settings. Unknown keys and read-only
     * settings are errors; all problems are reported together.
     */
    public Settings validated(List<Setting> settings) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Setting s = settings.stream().filter(x -> x.key().equals(e.getKey())).findFirst().orElse(null);
            if (s == null) {
                errors.add(new FieldError(e.getKey(), Msg.of("setting.unknown", e.getKey(),
                        String.join(", ", settings.stream().filter(x -> !x.readOnly()).map(Setting::key).toList()))));
                continue;
            }
            if (s.readOnly()) {
                errors.add(new FieldError(e.getKey(), Msg.of("setting.read-only")));
                continue;
            }
            try {
                out.put(s.key(), s.canonical(e.getValue()));
            } catch (InvalidSettingsException ex) {
                errors.addAll(ex.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidSettingsException(errors);
        }
        return new Settings(out);
    }

    /**
     * The values as plain JSON-like data (strings, numbers, booleans, lists, maps) for the journal and
     * the reports. Secret settings are left out.
     */
    public Map<String, Object> toPlain(List<Setting> settings) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Setting s = settings.stream().filter(x -> x.key().equals(e.getKey())).findFirst().orElse(null);
            if (s != null && s.secret()) {
                continue;
            }
            Object v = e.getValue();
            if (s != null && s.kind() == Setting.Kind.RECORD) {
                v = ((Fields) v).values();
            } else if (s != null && (s.kind() == Setting.Kind.IP_RULES || s.kind() == Setting.Kind.ADDRESSES)) {
                v = plainRules(Setting.ipRulesOf(v));
            } else if (s != null && s.kind() == Setting.Kind.IP_RULES_BY_NAME) {
                Map<String, Object> byName = new LinkedHashMap<>();
                Setting.byNameOf(v).forEach((name, rules) -> byName.put(name, plainRules(rules)));
                v = byName;
            }
            out.put(e.getKey(), v);
        }
        return out;
    }

    private static List<Map<String, Object>> plainRules(List<IpRule> rules) {
        return rules.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("address", r.address());
            m.put("description", r.description());
            m.put("options", r.options().stream().sorted().map(IpRule.Option::code).toList());
            if (!r.others().isEmpty()) {
                m.put("others", r.others().values());
            }
            return m;
        }).toList();
    }

    private static List<IpRule> rulesFromPlain(List<?> list) {
        List<IpRule> rules = new ArrayList<>();
        for (Object o : list) {
            Map<?, ?> m = (Map<?, ?>) o;
            Set<IpRule.Option> options = EnumSet.noneOf(IpRule.Option.class);
            for (Object code : (List<?>) m.get("options")) {
                options.add(IpRule.Option.fromCode((String) code));
            }
            Fields others = m.get("others") instanceof Map<?, ?> kept ? new Fields(stringKeys(kept)) : Fields.NONE;
            rules.add(new IpRule((String) m.get("address"), (String) m.get("description"), options, others));
        }
        return List.copyOf(rules);
    }

    private static Map<String, Object> stringKeys(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** The inverse of {@link #toPlain}. */
    public static Settings fromPlain(Map<String, ?> plain, List<Setting> settings) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : plain.entrySet()) {
            Setting s = settings.stream().filter(x -> x.key().equals(e.getKey())).findFirst().orElse(null);
            Object v = e.getValue();
            if (s != null && s.kind() == Setting.Kind.RECORD && v instanceof Map<?, ?> map) {
                v = new Fields(stringKeys(map));
            } else if (s != null && (s.kind() == Setting.Kind.IP_RULES || s.kind() == Setting.Kind.ADDRESSES) && v instanceof List<?> list) {
                v = rulesFromPlain(list);
            } else if (s != null && s.kind() == Setting.Kind.IP_RULES_BY_NAME && v instanceof Map<?, ?> map) {
                Map<String, List<IpRule>> byName = new java.util.TreeMap<>();
                map.forEach((name, rules) -> byName.put((String) name, rulesFromPlain((List<?>) rules)));
                v = java.util.Collections.unmodifiableMap(byName);
            }
            out.put(e.getKey(), v);
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
