package lockdown.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lockdown.base.Fields;
import lockdown.base.Messages;
import lockdown.base.Msg;

/**
 * Addresses or networks with descriptions, sorted, each address once; with the options of a
 * whitelist entry when {@code withOptions}. Typed as {@code ADDRESS [description]; …}.
 */
public record RulesType(boolean withOptions) implements ValueType<List<IpRule>> {

    @Override
    public Optional<List<IpRule>> accept(Object value) {
        return Values.listOf(value, IpRule.class);
    }

    @Override
    public List<IpRule> parse(String text) {
        List<IpRule> rules = new ArrayList<>();
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                rules.add(IpRule.parse(part));
            }
        }
        return rules;
    }

    @Override
    public List<IpRule> canonical(List<IpRule> value) {
        List<IpRule> rules = new ArrayList<>(value);
        rules.sort(null);
        return List.copyOf(rules);
    }

    @Override
    public Optional<Msg> problem(String key, List<IpRule> value) {
        Set<String> seen = new java.util.HashSet<>();
        for (IpRule r : value) {
            if (!seen.add(r.address())) {
                return Optional.of(Msg.of("ip.duplicate", r.address()));
            }
        }
        return Optional.empty();
    }

    @Override
    public String display(String key, List<IpRule> value) {
        return value.isEmpty() ? Messages.get("value.none") : show(value);
    }

    /** Rules for people: {@code 10.0.0.0/8 [options] description; …}. */
    static String show(List<IpRule> rules) {
        return String.join("; ", rules.stream().map(RulesType::show).toList());
    }

    private static String show(IpRule r) {
        StringBuilder sb = new StringBuilder(r.address());
        List<String> opts = new TreeSet<>(r.options()).stream().map(o -> o.label().text()).toList();
        if (!opts.isEmpty()) {
            sb.append(" [").append(String.join(", ", opts)).append(']');
        }
        if (!r.description().isEmpty()) {
            sb.append(" ").append(r.description());
        }
        return sb.toString();
    }

    @Override
    public Object plain(List<IpRule> value) {
        return value.stream().map(r -> {
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

    @Override
    public List<IpRule> fromPlain(Object plain) {
        if (!(plain instanceof List<?> list)) {
            return ValueType.super.fromPlain(plain);
        }
        List<IpRule> rules = new ArrayList<>();
        for (Object o : list) {
            Map<?, ?> m = (Map<?, ?>) o;
            Set<IpRule.Option> options = EnumSet.noneOf(IpRule.Option.class);
            for (Object code : (List<?>) m.get("options")) {
                options.add(IpRule.Option.fromCode((String) code));
            }
            Fields others = m.get("others") instanceof Map<?, ?> kept ? new Fields(RecordType.stringKeys(kept)) : Fields.NONE;
            rules.add(new IpRule((String) m.get("address"), (String) m.get("description"), options, others));
        }
        return List.copyOf(rules);
    }

    @Override
    public boolean holds(List<IpRule> read, List<IpRule> wanted) {
        return IpRule.heldBy(wanted, read);
    }

    @Override
    public List<String> lost(List<IpRule> read, List<IpRule> wanted) {
        return lostIn(read, wanted, "");
    }

    /** The kept fields of each wanted rule that the same rule read back lost ("198.51.100.7: imap"). */
    static List<String> lostIn(List<IpRule> read, List<IpRule> wanted, String prefix) {
        List<String> out = new ArrayList<>();
        for (IpRule w : wanted) {
            read.stream().filter(r -> r.address().equals(w.address()) && r.edited().equals(w.edited())).findFirst()
                    .ifPresent(r -> w.others().differences(r.others()).forEach(f -> out.add(prefix + w.address() + ": " + f)));
        }
        return out;
    }
}
