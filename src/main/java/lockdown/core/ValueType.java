package lockdown.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lockdown.base.Msg;

/**
 * What a setting holds, and everything that depends on it: parsing the command-line form, the one
 * canonical form kept, what is wrong with a value, how people see it, its plain (JSON) form for the
 * journal and the reports, and whether a value read back holds the one wanted. One class per kind;
 * the UI picks an editor by matching on them.
 *
 * @param <T> the Java type of the values
 */
public sealed interface ValueType<T> permits ChoiceType, NumberType, FlagType, TextType, RulesType, ExtensionsType, NamesType,
        RulesByNameType, EnrolmentType, PasswordType, RecordType {

    /** The value, when it is one of this type (values from outside the wizard's own code: plain data, tests). */
    Optional<T> accept(Object value);

    /** Parses the command-line form ({@code --set key=value}); an {@link IllegalArgumentException} says what is wrong. */
    T parse(String text);

    /** The one form the wizard keeps: lists sorted and without duplicates, names normalised. */
    default T canonical(T value) {
        return value;
    }

    /** What is wrong with a canonical value, if anything; {@code key} names the setting's labels (unit). */
    default Optional<Msg> problem(String key, T value) {
        return Optional.empty();
    }

    /** The value for people; {@code key} names the setting's labels (choices, unit). */
    String display(String key, T value);

    /** The plain form: strings, numbers, booleans, lists and maps, as JSON holds them. */
    default Object plain(T value) {
        return value;
    }

    /** The inverse of {@link #plain}. */
    default T fromPlain(Object plain) {
        return accept(plain).orElseThrow(() -> new IllegalArgumentException(String.valueOf(plain)));
    }

    /** Whether the value read back holds the one wanted (for server records: every field wanted, as wanted). */
    default boolean holds(T read, T wanted) {
        return Objects.equals(read, wanted);
    }

    /** The kept fields the value read back lost, by name, when the values people see are otherwise equal. */
    default List<String> lost(T read, T wanted) {
        return List.of();
    }

    /** Never shown, logged or journaled. */
    default boolean secret() {
        return false;
    }

    /** Kept and compared, but never shown to people or typed by them. */
    default boolean hidden() {
        return false;
    }

    /** Typed on the command line with {@code --set}. */
    default boolean typed() {
        return !secret() && !hidden();
    }
}
