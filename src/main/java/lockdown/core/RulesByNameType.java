package lockdown.core;

import lockdown.base.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lockdown.base.Messages;
import lockdown.base.Msg;

/**
 * Per account, the addresses it may use (an empty list: no restriction), sorted by account. Typed
 * as {@code name:RULES|name:RULES}, each RULES as {@link RulesType} types them.
 */
public record RulesByNameType() implements ValueType<Map<String, List<IpRule>>> {

    private static final RulesType RULES = new RulesType(true);

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Map<String, List<IpRule>>> accept(Object value) {
        if (value instanceof Map<?, ?> m && m.entrySet().stream()
                .allMatch(e -> e.getKey() instanceof String && RULES.accept(e.getValue()).isPresent())) {
            return Optional.of((Map<String, List<IpRule>>) m);
        }
        return Optional.empty();
    }

    @Override
    public Map<String, List<IpRule>> parse(String text) {
        Map<String, List<IpRule>> out = new TreeMap<>();
        for (String part : text.split("\\|")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(Msg.of("setting.by-name-format", part.strip()).text());
            }
            String name = Texts.clean(part.substring(0, colon));
            if (out.containsKey(name)) {
                throw new IllegalArgumentException(Msg.of("setting.account-twice", name).text());
            }
            out.put(name, RULES.parse(part.substring(colon + 1)));
        }
        return out;
    }

    @Override
    public Map<String, List<IpRule>> canonical(Map<String, List<IpRule>> value) {
        Map<String, List<IpRule>> sorted = new TreeMap<>();
        value.forEach((name, rules) -> sorted.put(name, RULES.canonical(rules)));
        return Collections.unmodifiableMap(sorted);
    }

    @Override
    public Optional<Msg> problem(String key, Map<String, List<IpRule>> value) {
        for (Map.Entry<String, List<IpRule>> e : value.entrySet()) {
            Optional<Msg> p = RULES.problem(key, e.getValue());
            if (p.isPresent()) {
                return Optional.of(Msg.of("setting.for-account", e.getKey(), p.get()));
            }
        }
        return Optional.empty();
    }

    @Override
    public String display(String key, Map<String, List<IpRule>> value) {
        if (value.isEmpty()) {
            return Messages.get("value.none");
        }
        return String.join(" | ", value.entrySet().stream().map(e -> e.getKey() + ": "
                + (e.getValue().isEmpty() ? Messages.get("value.not-restricted") : RulesType.show(e.getValue()))).toList());
    }

    @Override
    public Object plain(Map<String, List<IpRule>> value) {
        Map<String, Object> out = new LinkedHashMap<>();
        value.forEach((name, rules) -> out.put(name, RULES.plain(rules)));
        return out;
    }

    @Override
    public Map<String, List<IpRule>> fromPlain(Object plain) {
        if (!(plain instanceof Map<?, ?> map)) {
            return ValueType.super.fromPlain(plain);
        }
        Map<String, List<IpRule>> out = new TreeMap<>();
        map.forEach((name, rules) -> out.put(String.valueOf(name), RULES.fromPlain(rules)));
        return Collections.unmodifiableMap(out);
    }

    @Override
    public boolean holds(Map<String, List<IpRule>> read, Map<String, List<IpRule>> wanted) {
        return wanted.keySet().equals(read.keySet())
                && wanted.entrySet().stream().allMatch(e -> IpRule.heldBy(e.getValue(), read.get(e.getKey())));
    }

    @Override
    public List<String> lost(Map<String, List<IpRule>> read, Map<String, List<IpRule>> wanted) {
        List<String> out = new ArrayList<>();
        wanted.forEach((name, rules) -> out.addAll(RulesType.lostIn(read.getOrDefault(name, List.of()), rules, name + " ")));
        return out;
    }
}
