package lockdown.core;

import lockdown.base.Msg;
import lockdown.base.Messages;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One value a step reads and may change: its key, its kind (which decides the editor the wizard
 * shows), and its limits. Its label is {@code setting.<key>} in the bundle, its unit
 * {@code setting.<key>.unit}, the labels of its choices {@code choice.<key>.<value>}.
 */
public record Setting(String key, Kind kind, List<String> choices, int min, int max, boolean readOnly, boolean secret) {

    public enum Kind {
        /** One of a fixed list of values (a String). */
        CHOICE,
        /** A whole number within [min, max] with a unit (an Integer). */
        NUMBER,
        /** On or off (a Boolean). */
        FLAG,
        /** Free text (a String). */
        TEXT,
        /** Addresses or networks with descriptions and options (a List of IpRule, sorted). */
        IP_RULES,
        /** File extensions without the dot, lower case (a List of String, sorted, no duplicates). */
        EXTENSIONS,
        /** Account names (a List of String, sorted, no duplicates). */
        NAMES,
        /** Per account, the addresses it may use; an empty list means no restriction (a sorted Map). */
        IP_RULES_BY_NAME,
        /** An input that is never shown, logged or journaled (an {@link Enrolment}). */
        SECRET,
        /** Addresses or networks with descriptions, without whitelist options (a List of IpRule, sorted). */
        ADDRESSES,
        /** A password the administrator types; never shown, logged or journaled (a String). */
        PASSWORD,
        /**
         * The other fields of a server record, kept as read (a {@link Fields}): never shown or typed,
         * but journaled, sent back on every write, compared on verification and restored on undo.
         */
        RECORD
    }

    public Setting {
        choices = List.copyOf(choices);
    }

    public static Setting choice(String key, String... choices) {
        return new Setting(key, Kind.CHOICE, List.of(choices), 0, 0, false, false);
    }

    public static Setting number(String key, int min, int max) {
        return new Setting(key, Kind.NUMBER, List.of(), min, max, false, false);
    }

    public static Setting flag(String key) {
        return new Setting(key, Kind.FLAG, List.of(), 0, 0, false, false);
    }

    public static Setting ipRules(String key) {
        return new Setting(key, Kind.IP_RULES, List.of(), 0, 0, false, false);
    }

    public static Setting extensions(String key) {
        return new Setting(key, Kind.EXTENSIONS, List.of(), 0, 0, false, false);
    }

    /** Free text the administrator types, for example a confirmation phrase. */
    public static Setting text(String key) {
        return new Setting(key, Kind.TEXT, List.of(), 0, 0, false, false);
    }

    /** Account names the wizard shows and changes only through other inputs. */
    public static Setting names(String key) {
        return new Setting(key, Kind.NAMES, List.of(), 0, 0, true, false);
    }

    public static Setting ipRulesByName(String key) {
        return new Setting(key, Kind.IP_RULES_BY_NAME, List.of(), 0, 0, false, false);
    }

    public static Setting addresses(String key) {
        return new Setting(key, Kind.ADDRESSES, List.of(), 0, 0, false, false);
    }

    public static Setting password(String key) {
        return new Setting(key, Kind.PASSWORD, List.of(), 0, 0, false, true);
    }

    /** An input that is never shown, logged or journaled. */
    public static Setting secretInput(String key) {
        return new Setting(key, Kind.SECRET, List.of(), 0, 0, false, true);
    }

    /** The fields of a server record the wizard keeps as read; see {@link Kind#RECORD}. */
    public static Setting record(String key) {
        return new Setting(key, Kind.RECORD, List.of(), 0, 0, true, false);
    }

    /** Kept and compared, but never shown to people or typed by them. */
    public boolean hidden() {
        return kind == Kind.RECORD;
    }

    /** A value the wizard shows but cannot change (for example the server's build). */
    public static Setting info(String key) {
        return new Setting(key, Kind.TEXT, List.of(), 0, 0, true, false);
    }

    public Msg label() {
        return Msg.of("setting." + key);
    }

    public Msg unit() {
        return Msg.of("setting." + key + ".unit");
    }

    public Msg choiceLabel(String choice) {
        return Msg.of("choice." + key + "." + choice);
    }

    /** Parses the command-line form of a value ({@code --set key=value}). */
    public Object parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            Object value = switch (kind) {
                case CHOICE -> choices.stream().filter(c -> c.equalsIgnoreCase(t)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(Msg.of("setting.not-a-choice", t,
                                String.join(", ", choices)).text()));
                case NUMBER -> {
                    if (!t.matches("-?\\d{1,9}")) {
                        throw new IllegalArgumentException(Msg.of("setting.not-a-number", t).text());
                    }
                    yield Integer.parseInt(t);
                }
                case FLAG -> switch (t.toLowerCase(java.util.Locale.ROOT)) {
                    case "true", "yes", "on" -> Boolean.TRUE;
                    case "false", "no", "off" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException(Msg.of("setting.not-a-flag", t).text());
                };
                case TEXT -> t;
                case IP_RULES, ADDRESSES -> {
                    List<IpRule> rules = new ArrayList<>();
                    for (String part : t.split(";")) {
                        if (!part.isBlank()) {
                            rules.add(IpRule.parse(part));
                        }
                    }
                    yield rules;
                }
                case EXTENSIONS, NAMES -> {
                    List<String> exts = new ArrayList<>();
                    for (String part : t.split("[,;\\s]+")) {
                        if (!part.isBlank()) {
                            exts.add(part);
                        }
                    }
                    yield exts;
                }
                case IP_RULES_BY_NAME -> parseByName(t);
                case SECRET, PASSWORD, RECORD -> throw new IllegalArgumentException(Msg.of("setting.not-on-command-line").text());
            };
            return canonical(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(key, Msg.of("error.plain", e.getMessage()));
        }
    }

    /**
     * Brings a value into canonical form (lists sorted, extensions normalised) and checks its type and
     * range. Throws {@link InvalidSettingsException} naming this setting.
     */
    public Object canonical(Object value) {
        Optional<Msg> problem = check(value);
        if (problem.isPresent()) {
            throw new InvalidSettingsException(key, problem.get());
        }
        return switch (kind) {
            case IP_RULES, ADDRESSES -> {
                List<IpRule> rules = new ArrayList<>(ipRulesOf(value));
                rules.sort(null);
                yield List.copyOf(rules);
            }
            case EXTENSIONS -> List.copyOf(new TreeSet<>(extensionsOf(value)));
            case NAMES -> List.copyOf(new TreeSet<>(namesOf(value)));
            case IP_RULES_BY_NAME -> {
                java.util.Map<String, List<IpRule>> sorted = new java.util.TreeMap<>();
                byNameOf(value).forEach((name, rules) -> {
                    List<IpRule> r = new ArrayList<>(rules);
                    r.sort(null);
                    sorted.put(name, List.copyOf(r));
                });
                yield java.util.Collections.unmodifiableMap(sorted);
            }
            default -> value;
        };
    }

    /** {@code name=RULES|name=RULES}: each RULES in the form of {@link Kind#IP_RULES}, "|" between accounts. */
    private static java.util.Map<String, List<IpRule>> parseByName(String t) {
        java.util.Map<String, List<IpRule>> out = new java.util.TreeMap<>();
        for (String part : t.split("\\|")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf(':');
            if (eq <= 0) {
                throw new IllegalArgumentException(Msg.of("setting.by-name-format", part.strip()).text());
            }
            List<IpRule> rules = new ArrayList<>();
            for (String r : part.substring(eq + 1).split(";")) {
                if (!r.isBlank()) {
                    rules.add(IpRule.parse(r));
                }
            }
            out.put(part.substring(0, eq).strip(), rules);
        }
        return out;
    }

    /** What is wrong with a value for this setting, if anything. */
    public Optional<Msg> check(Object value) {
        if (value == null) {
            return Optional.of(Msg.of("setting.missing"));
        }
        switch (kind) {
            case CHOICE -> {
                if (!(value instanceof String s) || !choices.contains(s)) {
                    return Optional.of(Msg.of("setting.not-a-choice", value, String.join(", ", choices)));
                }
            }
            case NUMBER -> {
                if (!(value instanceof Integer n)) {
                    return Optional.of(Msg.of("setting.not-a-number", value));
                }
                if (n < min || n > max) {
                    return Optional.of(Msg.of("setting.out-of-range", min, max, unit()));
                }
            }
            case FLAG -> {
                if (!(value instanceof Boolean)) {
                    return Optional.of(Msg.of("setting.not-a-flag", value));
                }
            }
            case TEXT -> {
                if (!(value instanceof String)) {
                    return Optional.of(Msg.of("setting.missing"));
                }
            }
            case IP_RULES, ADDRESSES -> {
                if (!(value instanceof List<?> list) || !list.stream().allMatch(IpRule.class::isInstance)) {
                    return Optional.of(Msg.of("setting.missing"));
                }
                List<String> seen = new ArrayList<>();
                for (Object o : list) {
                    String a = ((IpRule) o).address();
                    if (seen.contains(a)) {
                        return Optional.of(Msg.of("ip.duplicate", a));
                    }
                    seen.add(a);
                }
            }
            case EXTENSIONS -> {
                if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
                    return Optional.of(Msg.of("setting.missing"));
                }
                for (Object o : list) {
                    Optional<Msg> p = Extensions.problem((String) o);
                    if (p.isPresent()) {
                        return p;
                    }
                }
            }
            case NAMES -> {
                if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
                    return Optional.of(Msg.of("setting.missing"));
                }
                for (Object o : list) {
                    String n = ((String) o).strip();
                    if (n.isEmpty() || n.length() > 64 || n.chars().anyMatch(Character::isISOControl)) {
                        return Optional.of(Msg.of("setting.bad-name", o));
                    }
                }
            }
            case IP_RULES_BY_NAME -> {
                if (!(value instanceof java.util.Map<?, ?> map)) {
                    return Optional.of(Msg.of("setting.missing"));
                }
                for (java.util.Map.Entry<?, ?> e : map.entrySet()) {
                    Optional<Msg> p = Setting.ipRules(key).check(e.getValue());
                    if (p.isPresent()) {
                        return Optional.of(Msg.of("setting.for-account", e.getKey(), p.get()));
                    }
                }
            }
            case SECRET -> {
                if (!(value instanceof Enrolment)) {
                    return Optional.of(Msg.of("setting.missing"));
                }
            }
            case PASSWORD -> {
                if (!(value instanceof String p) || p.isEmpty()) {
                    return Optional.of(Msg.of("setting.missing"));
                }
            }
            case RECORD -> {
                if (!(value instanceof Fields)) {
                    return Optional.of(Msg.of("setting.missing"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the value {@code read} back from the target holds the {@code wanted} one: equal, and
     * for server records every field {@code wanted} carries has the same value in {@code read}
     * (fields the server adds on its own do not count).
     */
    public boolean holds(Object read, Object wanted) {
        if (read == null || wanted == null) {
            return read == wanted;
        }
        return switch (kind) {
            case IP_RULES, ADDRESSES -> IpRule.heldBy(ipRulesOf(wanted), ipRulesOf(read));
            case IP_RULES_BY_NAME -> byNameOf(wanted).keySet().equals(byNameOf(read).keySet()) && byNameOf(wanted).entrySet().stream()
                    .allMatch(e -> IpRule.heldBy(e.getValue(), byNameOf(read).get(e.getKey())));
            case RECORD -> ((Fields) wanted).heldBy((Fields) read);
            default -> java.util.Objects.equals(read, wanted);
        };
    }

    /**
     * The fields of server records that {@code read} does not hold as {@code wanted} has them, by
     * name ("imap", or "198.51.100.7: imap" for an entry of a list), when the values shown to people
     * are otherwise equal; empty when nothing but those shown values differ.
     */
    public List<String> lost(Object read, Object wanted) {
        if (read == null || wanted == null) {
            return List.of();
        }
        return switch (kind) {
            case RECORD -> ((Fields) wanted).differences((Fields) read);
            case IP_RULES, ADDRESSES -> lostIn(ipRulesOf(read), ipRulesOf(wanted), "");
            case IP_RULES_BY_NAME -> {
                List<String> out = new ArrayList<>();
                byNameOf(wanted).forEach((name, rules) -> out.addAll(lostIn(byNameOf(read).getOrDefault(name, List.of()), rules,
                        name + " ")));
                yield out;
            }
            default -> List.of();
        };
    }

    private static List<String> lostIn(List<IpRule> read, List<IpRule> wanted, String prefix) {
        List<String> out = new ArrayList<>();
        for (IpRule w : wanted) {
            read.stream().filter(r -> r.address().equals(w.address()) && r.edited().equals(w.edited())).findFirst()
                    .ifPresent(r -> w.others().differences(r.others()).forEach(f -> out.add(prefix + w.address() + ": " + f)));
        }
        return out;
    }

    /** The value for people: choices by label, numbers with unit, secrets hidden. */
    public String format(Object value) {
        if (secret) {
            return Messages.get("setting.secret-hidden");
        }
        if (value == null) {
            return Messages.get("value.none");
        }
        return switch (kind) {
            case CHOICE -> choiceLabel((String) value).text();
            case NUMBER -> Msg.of("value.with-unit", value, unit()).text();
            case FLAG -> Messages.get(((Boolean) value) ? "value.on" : "value.off");
            case TEXT -> (String) value;
            case IP_RULES, ADDRESSES -> ipRulesOf(value).isEmpty() ? Messages.get("value.none")
                    : String.join("; ", ipRulesOf(value).stream().map(Setting::formatRule).toList());
            case EXTENSIONS -> extensionsOf(value).isEmpty() ? Messages.get("value.none")
                    : String.join(", ", extensionsOf(value));
            case NAMES -> namesOf(value).isEmpty() ? Messages.get("value.none") : String.join(", ", namesOf(value));
            case IP_RULES_BY_NAME -> byNameOf(value).isEmpty() ? Messages.get("value.none")
                    : String.join(" | ", byNameOf(value).entrySet().stream().map(e -> e.getKey() + ": "
                    + (e.getValue().isEmpty() ? Messages.get("value.not-restricted")
                    : String.join("; ", e.getValue().stream().map(Setting::formatRule).toList()))).toList());
            case SECRET, PASSWORD -> Messages.get("setting.secret-hidden");
            case RECORD -> Msg.of("value.record", ((Fields) value).values().size()).text();
        };
    }

    @SuppressWarnings("unchecked")
    public static List<String> namesOf(Object value) {
        return (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    public static java.util.Map<String, List<IpRule>> byNameOf(Object value) {
        return (java.util.Map<String, List<IpRule>>) value;
    }

    private static String formatRule(IpRule r) {
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

    @SuppressWarnings("unchecked")
    public static List<IpRule> ipRulesOf(Object value) {
        return (List<IpRule>) value;
    }

    private static List<String> extensionsOf(Object value) {
        return ((List<?>) value).stream().map(o -> Extensions.normalise((String) o)).toList();
    }
}
