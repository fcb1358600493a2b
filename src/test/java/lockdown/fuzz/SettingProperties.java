package lockdown.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lockdown.base.InvalidSettingsException;
import lockdown.core.IpRule;
import lockdown.core.Setting;
import lockdown.core.Settings;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * What administrators type for --set and in the window's fields: a value in canonical form, or a
 * refusal that names the field; never another exception. Canonical values read back as themselves.
 */
class SettingProperties {

    static final int TRIES = 10_000;

    final Setting<List<IpRule>> whitelist = Setting.ipRules("whitelist");
    final Setting<Map<String, List<IpRule>>> restrictions = Setting.ipRulesByName("restrictions");
    final Setting<List<String>> extensions = Setting.extensions("uploads");
    final Setting<Integer> threshold = Setting.number("threshold", 1, 100);

    /** Parses, or refuses naming the field: the only two ways out. */
    private <T> void parsesOrNamesTheField(Setting<T> s, String text) {
        try {
            T value = s.parse(text);
            assertThat(s.check(value)).as("a parsed value is valid").isEmpty();
            assertThat(s.canonical(value)).as("and canonical already").isEqualTo(value);
        } catch (InvalidSettingsException refused) {
            assertThat(refused.errors()).allSatisfy(e -> assertThat(e.setting()).isEqualTo(s.key()));
            assertThat(refused.getMessage()).contains(s.label().text());
        }
    }

    @Provide
    Arbitrary<String> setSyntax() {
        return Arbitraries.strings().withChars("0123456789abcdef.:/;,=|% -_smtpauthidsspamADMINadmin\t").withChars('\u0000', '\u001b', '\u202e')
                .ofMaxLength(80);
    }

    @Property(tries = TRIES)
    void whitelistSyntax(@ForAll("setSyntax") String text) {
        parsesOrNamesTheField(whitelist, text);
    }

    @Property(tries = TRIES)
    void restrictionSyntax(@ForAll("setSyntax") String text) {
        parsesOrNamesTheField(restrictions, text);
    }

    @Property(tries = TRIES)
    void extensionSyntax(@ForAll @net.jqwik.api.constraints.StringLength(max = 60) String text) {
        parsesOrNamesTheField(extensions, text);
    }

    @Property(tries = TRIES)
    void numbersWithUnits(@ForAll("numberish") String text) {
        parsesOrNamesTheField(threshold, text);
    }

    @Provide
    Arbitrary<String> numberish() {
        return Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf), Arbitraries.longs().map(String::valueOf),
                Arbitraries.strings().withChars("0123456789-+ .,eE").ofMaxLength(14),
                Arbitraries.integers().between(-5, 200).map(n -> n + " failed logins"));
    }

    @Property(tries = TRIES)
    void everyNumberInRangeReadsBack(@ForAll @IntRange(min = 1, max = 100) int n) {
        assertThat(threshold.parse(" " + n + " ")).isEqualTo(n);
    }

    @Provide
    Arbitrary<IpRule> rules() {
        Arbitrary<String> address = Arbitraries.integers().between(0, 255).list().ofSize(4)
                .map(o -> o.get(0) + "." + o.get(1) + "." + o.get(2) + "." + o.get(3));
        Arbitrary<String> description = Arbitraries.strings().alpha().numeric().withChars(' ', ',', '.').ofMaxLength(30);
        return Combinators.combine(address, description, Arbitraries.of(IpRule.Option.class).set().ofMaxSize(3))
                .as((a, d, o) -> IpRule.typed(a, d, o));
    }

    @Property(tries = TRIES)
    void aWhitelistReadsBackFromItsCommandLineForm(@ForAll @Size(max = 6) List<@From("rules") IpRule> rules) {
        List<IpRule> unique = rules.stream().collect(java.util.stream.Collectors.toMap(IpRule::address, r -> r, (a, b) -> a))
                .values().stream().toList();
        List<IpRule> canonical = whitelist.canonical(unique);
        String typed = String.join("; ", canonical.stream().map(IpRule::format).toList());
        assertThat(whitelist.parse(typed)).isEqualTo(canonical);
    }

    @Property(tries = TRIES)
    void restrictionsReadBackFromTheirCommandLineForm(@ForAll @Size(max = 4) List<@From("names") String> names,
                                                      @ForAll @Size(max = 3) List<@From("rules") IpRule> rules) {
        Map<String, List<IpRule>> map = new TreeMap<>();
        List<IpRule> noOptions = rules.stream().map(r -> IpRule.typed(r.address(), r.description(), java.util.Set.of()))
                .collect(java.util.stream.Collectors.toMap(IpRule::address, r -> r, (a, b) -> a)).values().stream().toList();
        names.forEach(n -> map.put(n, noOptions));
        Map<String, List<IpRule>> canonical = restrictions.canonical(map);
        String typed = String.join("|", canonical.entrySet().stream().map(e -> e.getKey() + ":"
                + String.join(";", e.getValue().stream().map(IpRule::format).toList())).toList());
        assertThat(Settings.EMPTY.withText(restrictions, typed).get(restrictions)).isEqualTo(canonical);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().alpha().numeric().withChars('-', '_', '.').ofMinLength(1).ofMaxLength(20)
                .filter(n -> !n.strip().isEmpty() && n.equals(n.strip()));
    }

    @Property(tries = TRIES)
    void extensionListsReadBack(@ForAll @Size(max = 10) List<@From("extensionNames") String> names) {
        List<String> canonical = extensions.canonical(names);
        assertThat(extensions.parse(String.join(", ", canonical))).isEqualTo(canonical);
        assertThat(extensions.parse(String.join(" ", canonical.stream().map(e -> "*." + e.toUpperCase()).toList())))
                .as("*.EXE and .exe are exe").isEqualTo(canonical);
    }

    @Provide
    Arbitrary<String> extensionNames() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofMinLength(1).ofMaxLength(8);
    }
}
