package lockdown.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lockdown.base.Fields;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Messages;
import lockdown.base.Msg;

/**
 * A typed key: one value a step reads and may change, what kind of value it is ({@link ValueType},
 * which also decides the editor the wizard shows), and whether the wizard may change it. Its label
 * is {@code setting.<key>} in the bundle, its unit {@code setting.<key>.unit}, the labels of its
 * choices {@code choice.<key>.<value>}. Steps publish their settings as constants; the window, the
 * command line, the journal and the tests all use those.
 *
 * @param <T> the Java type of the values
 */
public record Setting<T>(String key, ValueType<T> type, boolean readOnly) {

    public static Setting<String> choice(String key, String... choices) {
        return new Setting<>(key, new ChoiceType(List.of(choices)), false);
    }

    public static Setting<Integer> number(String key, int min, int max) {
        return new Setting<>(key, new NumberType(min, max), false);
    }

    public static Setting<Boolean> flag(String key) {
        return new Setting<>(key, new FlagType(false), false);
    }

    /** On or off as read; the wizard shows it but changes it only through other inputs. */
    public static Setting<Boolean> flagInfo(String key) {
        return new Setting<>(key, new FlagType(true), true);
    }

    /** Addresses with descriptions and the options of a whitelist entry. */
    public static Setting<List<IpRule>> ipRules(String key) {
        return new Setting<>(key, new RulesType(true), false);
    }

    /** Addresses with descriptions, without whitelist options. */
    public static Setting<List<IpRule>> addresses(String key) {
        return new Setting<>(key, new RulesType(false), false);
    }

    public static Setting<List<String>> extensions(String key) {
        return new Setting<>(key, new ExtensionsType(), false);
    }

    /** Free text the administrator types, for example a confirmation phrase. */
    public static Setting<String> text(String key) {
        return new Setting<>(key, new TextType(), false);
    }

    /** A value the wizard shows but cannot change (for example the server's build). */
    public static Setting<String> info(String key) {
        return new Setting<>(key, new TextType(), true);
    }

    /** Account names the wizard shows and changes only through other inputs. */
    public static Setting<List<String>> names(String key) {
        return new Setting<>(key, new NamesType(), true);
    }

    public static Setting<Map<String, List<IpRule>>> ipRulesByName(String key) {
        return new Setting<>(key, new RulesByNameType(), false);
    }

    public static Setting<String> password(String key) {
        return new Setting<>(key, new PasswordType(), false);
    }

    /** A two-factor enrolment being confirmed; never shown, logged or journaled. */
    public static Setting<Enrolment> enrolment(String key) {
        return new Setting<>(key, new EnrolmentType(), false);
    }

    /** The fields of a server record the wizard keeps as read; see {@link RecordType}. */
    public static Setting<Fields> record(String key) {
        return new Setting<>(key, new RecordType(), true);
    }

    /** Never shown, logged or journaled. */
    public boolean secret() {
        return type.secret();
    }

    /** Kept and compared, but never shown to people or typed by them. */
    public boolean hidden() {
        return type.hidden();
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

    /** Parses the command-line form of a value ({@code --set key=value}) into its canonical form. */
    public T parse(String text) {
        try {
            return canonical(type.parse(text == null ? "" : text));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(key, Msg.of("error.plain", e.getMessage()));
        }
    }

    /**
     * A value of this setting's type in canonical form, checked; {@link InvalidSettingsException}
     * naming this setting when it is of another type or not allowed. For values from outside the
     * typed code (editors, the journal).
     */
    public T canonical(Object value) {
        T typed = cast(value);
        T canonical = type.canonical(typed);
        Optional<Msg> problem = type.problem(key, canonical);
        if (problem.isPresent()) {
            throw new InvalidSettingsException(key, problem.get());
        }
        return canonical;
    }

    /** The value as this setting's type; {@link InvalidSettingsException} naming this setting when it is not. */
    public T cast(Object value) {
        return type.accept(value).orElseThrow(() -> new InvalidSettingsException(key, Msg.of("setting.missing")));
    }

    /** What is wrong with a value for this setting, if anything. */
    public Optional<Msg> check(Object value) {
        return value == null ? Optional.of(Msg.of("setting.missing"))
                : type.accept(value).map(v -> type.problem(key, v)).orElse(Optional.of(Msg.of("setting.missing")));
    }

    /** Whether the value {@code read} back from the target holds the {@code wanted} one. */
    public boolean holds(Object read, Object wanted) {
        if (read == null || wanted == null) {
            return read == wanted;
        }
        return type.holds(cast(read), cast(wanted));
    }

    /**
     * The fields of server records that {@code read} does not hold as {@code wanted} has them, by
     * name ("imap", or "198.51.100.7: imap" for an entry of a list), when the values shown to people
     * are otherwise equal; empty when nothing but those shown values differ.
     */
    public List<String> lost(Object read, Object wanted) {
        return read == null || wanted == null ? List.of() : type.lost(cast(read), cast(wanted));
    }

    /** The value for people: choices by label, numbers with unit, secrets hidden. */
    public String format(Object value) {
        if (secret()) {
            return Messages.get("setting.secret-hidden");
        }
        return value == null ? Messages.get("value.none") : type.display(key, cast(value));
    }

    /** The plain (JSON) form of a value of this setting. */
    public Object plain(Object value) {
        return type.plain(cast(value));
    }

    /** A value of this setting from its plain form. */
    public T fromPlain(Object plain) {
        return type.fromPlain(plain);
    }

    /**
     * This setting as {@code Setting<V>} when its type is {@code type} (the editors, which pick a
     * control by the type's class); empty otherwise.
     */
    @SuppressWarnings("unchecked")
    public <V> Optional<Setting<V>> as(Class<? extends ValueType<V>> typeClass) {
        return typeClass.isInstance(type) ? Optional.of((Setting<V>) this) : Optional.empty();
    }
}
