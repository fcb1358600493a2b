package lockdown.core;

import lockdown.base.InvalidSettingsException;
import lockdown.base.FieldError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingTest {

    private final Setting<Integer> threshold = Setting.number("threshold", 1, 100);
    private final Setting<String> relay = Setting.choice("allow-relay", "nobody", "anyone");
    private final Setting<List<IpRule>> whitelist = Setting.ipRules("whitelist");

    @Test
    void numbersOutsideTheirRangeAreRejectedNamingTheField() {
        assertThat(threshold.parse("5")).isEqualTo(5);
        assertThatThrownBy(() -> threshold.parse("0"))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("Threshold: must be between 1 and 100 failed logins")
                .hasMessageContaining("Nothing was changed");
        assertThatThrownBy(() -> threshold.parse("five")).hasMessageContaining("Threshold").hasMessageContaining("five");
        assertThatThrownBy(() -> threshold.parse("99999999999")).hasMessageContaining("Threshold");
    }

    @Test
    void choicesAreMatchedWithoutRegardToCase() {
        assertThat(relay.parse("NOBODY")).isEqualTo("nobody");
        assertThatThrownBy(() -> relay.parse("everyone")).hasMessageContaining("Allow relay").hasMessageContaining("nobody, anyone");
    }

    @Test
    void ipRulesParseFromTheCommandLineFormAndSort() {
        List<IpRule> v = whitelist.parse("203.0.113.5,smtp-auth=Scanner; 10.0.0.0/24=Office LAN, floor 2");
        assertThat(v).containsExactly(
                IpRule.of("10.0.0.0/24", "Office LAN, floor 2"),
                IpRule.of("203.0.113.5", "Scanner", IpRule.Option.SMTP_AUTH));
        assertThatThrownBy(() -> whitelist.parse("203.0.113.5;not-an-ip"))
                .hasMessageContaining("Whitelist entries").hasMessageContaining("not-an-ip");
        assertThatThrownBy(() -> whitelist.parse("203.0.113.5,bogus"))
                .hasMessageContaining("bogus").hasMessageContaining("smtp-auth");
        assertThatThrownBy(() -> whitelist.parse("203.0.113.5;203.0.113.5/32"))
                .hasMessageContaining("203.0.113.5 is listed twice");
    }

    @Test
    void extensionsAreNormalised() {
        Setting<List<String>> exts = Setting.extensions("extensions");
        assertThat(exts.parse(".EXE, *.ps1 js exe")).isEqualTo(List.of("exe", "js", "ps1"));
        assertThatThrownBy(() -> exts.parse("ex e/")).isInstanceOf(InvalidSettingsException.class);
    }

    @Test
    void settingsValidateEveryValueAndReportAllProblems() {
        Settings s = Settings.EMPTY.with(threshold, 500).with(Setting.number("bogus", 0, 9), 1);
        assertThatThrownBy(() -> s.validated(List.of(threshold)))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::setting).containsExactlyInAnyOrder("threshold", "bogus"));
        Setting<String> build = Setting.info("build");
        assertThatThrownBy(() -> Settings.EMPTY.with(build, "1").validated(List.of(build)))
                .hasMessageContaining("the wizard only reads this value");
    }

    @Test
    void secretsNeverFormat() {
        Setting<String> secret = Setting.password("password");
        assertThat(secret.format("hunter2")).doesNotContain("hunter2");
        assertThat(Settings.EMPTY.with(secret, "hunter2").toPlain(List.of(secret))).isEmpty();
    }

    @Test
    void ipRulesSurviveTheJournalRoundTrip() {
        Settings s = Settings.EMPTY.with(whitelist, List.of(IpRule.of("2001:db8::/64", "Branch", IpRule.Option.IDS)));
        Map<String, Object> plain = s.toPlain(List.of(whitelist));
        assertThat(Settings.fromPlain(plain, List.of(whitelist))).isEqualTo(s);
    }
}
