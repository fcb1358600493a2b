package lockdown.steps;

import lockdown.core.ProbeResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import lockdown.DemoTest;
import lockdown.core.Change;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.base.InvalidSettingsException;
import lockdown.core.IpRule;
import lockdown.core.Outcome;
import lockdown.core.Plan;
import lockdown.core.Settings;
import org.junit.jupiter.api.Test;

class RelayWhitelistStepTest extends DemoTest {

    private Settings list(IpRule... rules) {
        return Settings.EMPTY.with(RelayWhitelistStep.WHITELIST, List.of(rules));
    }

    @Test
    void addsEditsRemovesVerifiesAndUndoes() {
        Finding f = demo.session.probeNow(Guide.RELAY_WHITELIST);
        assertThat(f.result()).isEqualTo(ProbeResult.COMPLIANT);
        assertThat(f.current().get(RelayWhitelistStep.WHITELIST)).isEmpty();

        IpRule scanner = IpRule.of("198.51.100.7", "Scanner", IpRule.Option.SMTP_AUTH);
        IpRule branch = IpRule.of("2001:db8:1::/64", "Branch office", IpRule.Option.SMTP_AUTH, IpRule.Option.SPAM);
        Change added = demo.session.apply(demo.session.plan(Guide.RELAY_WHITELIST, list(scanner, branch))).orElseThrow();
        assertThat(added.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(demo.sim().state().whitelist()).hasSize(2);
        assertThat(demo.sim().state().whitelist().get(0).path("bypass").asBoolean()).isTrue();

        IpRule scannerRenamed = IpRule.of("198.51.100.7", "Scanner, 2nd floor", IpRule.Option.SMTP_AUTH);
        Plan edit = demo.session.plan(Guide.RELAY_WHITELIST, list(scannerRenamed));
        assertThat(edit.actions()).extracting(a -> a.description().text())
                .containsExactly("Change 198.51.100.7 [Bypass SMTP authentication] Scanner to 198.51.100.7 "
                        + "[Bypass SMTP authentication] Scanner, 2nd floor",
                        "Remove 2001:db8:1::/64 [Bypass SMTP authentication, Bypass spam checks] Branch office");
        Change edited = demo.session.apply(edit).orElseThrow();
        assertThat(edited.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(demo.sim().state().whitelist()).singleElement()
                .satisfies(n -> assertThat(n.path("description").asText()).isEqualTo("Scanner, 2nd floor"));

        demo.session.undo(edited.id()).orElseThrow();
        assertThat(demo.session.probeNow(Guide.RELAY_WHITELIST).current().get(RelayWhitelistStep.WHITELIST)).extracting(IpRule::edited)
                .containsExactly(scanner, branch);
        demo.session.undo(added.id()).orElseThrow();
        assertThat(demo.sim().state().whitelist()).isEmpty();
    }

    @Test
    void wideRangesAreWarnedAboutAndKeepTheStepAtRisk() {
        demo.session.probeNow(Guide.RELAY_WHITELIST);
        Plan plan = demo.session.plan(Guide.RELAY_WHITELIST, list(IpRule.of("203.0.112.0/22", "Office", IpRule.Option.SMTP_AUTH)));
        assertThat(plan.warnings()).singleElement().satisfies(w -> assertThat(w.text()).contains("203.0.112.0/22 is wider than /24"));
        Change c = demo.session.apply(plan).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(c.result().text()).contains("still at risk");
        Finding f = demo.session.probeNow(Guide.RELAY_WHITELIST);
        assertThat(f.result()).isEqualTo(ProbeResult.AT_RISK);
        assertThat(f.recommended().get(RelayWhitelistStep.WHITELIST)).as("the recommendation drops the wide range").isEmpty();
    }

    @Test
    void anythingButAnAddressOrNetworkIsRefusedAndNothingIsSent() {
        demo.session.probeNow(Guide.RELAY_WHITELIST);
        var step = Steps.all().get(Guide.RELAY_WHITELIST);
        assertThatThrownBy(() -> step.settings().getFirst().parse("mail.example.com"))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("Whitelist entries: “mail.example.com” is not an IPv4 or IPv6 address");
        assertThat(demo.sim().state().whitelist()).isEmpty();
        assertThat(demo.journal.read()).isEmpty();
    }
}
