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
import lockdown.core.Lockout;
import lockdown.core.Outcome;
import lockdown.core.Plan;
import lockdown.core.Settings;
import lockdown.core.Target;
import lockdown.sim.SimulatedWindows;
import lockdown.windows.Binding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sections 2 and 3: IIS IP restrictions, bindings and the firewall, on the simulated host. */
class WebmailStepsTest extends DemoTest {

    SimulatedWindows w;

    @BeforeEach
    void open() {
        w = demo.connection.simulatedWindows().orElseThrow();
    }

    @Test
    void rateLimitsArePlannedAsAppcmdAndUndone() {
        Finding f = demo.session.probeNow(Guide.WEBMAIL_IP_RESTRICTIONS);
        assertThat(f.result()).isEqualTo(ProbeResult.AT_RISK);
        assertThat(f.recommended().get(WebmailIpRestrictionsStep.MODE)).isEqualTo("rate-limit");
        assertThat(f.details()).anySatisfy(d -> assertThat(d.text()).contains("ActiveSync"));
        Plan plan = demo.session.plan(Guide.WEBMAIL_IP_RESTRICTIONS, Settings.EMPTY.with(WebmailIpRestrictionsStep.MODE, "rate-limit")
                .with(WebmailIpRestrictionsStep.MAX_REQUESTS, 40).with(WebmailIpRestrictionsStep.INTERVAL, 1000).with(WebmailIpRestrictionsStep.MAX_CONCURRENT, 20));
        assertThat(plan.actions()).singleElement().satisfies(a -> assertThat(a.command())
                .contains("appcmd.exe set config SmarterMail -section:system.webServer/security/dynamicIpSecurity")
                .contains("/denyByRequestRate.maxRequests:40").contains("/commit:apphost"));
        Change c = demo.session.apply(plan).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(w.ipSecurity("SmarterMail").denyByRequestRate()).isTrue();
        demo.session.undo(c.id()).orElseThrow();
        assertThat(w.ipSecurity("SmarterMail").denyByRequestRate()).isFalse();
    }

    @Test
    void anAllowListWithoutThisComputerNeedsThePhrase() {
        demo.session.probeNow(Guide.WEBMAIL_IP_RESTRICTIONS);
        Settings office = Settings.EMPTY.with(WebmailIpRestrictionsStep.MODE, "allow-list").with(WebmailIpRestrictionsStep.ALLOWED, List.of(IpRule.of("10.0.0.0/8", "")));
        assertThatThrownBy(() -> demo.session.plan(Guide.WEBMAIL_IP_RESTRICTIONS, office))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("leaves out 127.0.0.1, 192.168.10.5, ::1 (this computer)");
        Plan mine = demo.session.plan(Guide.WEBMAIL_IP_RESTRICTIONS, office.with(WebmailIpRestrictionsStep.ALLOWED, List.of(
                IpRule.of("10.0.0.0/8", ""), IpRule.of("127.0.0.1", ""), IpRule.of("192.168.10.0/24", ""), IpRule.of("::1", ""))));
        assertThat(mine.warnings()).anySatisfy(w -> assertThat(w.text()).contains("ActiveSync"));
        Change c = demo.session.apply(mine).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(w.ipSecurity("SmarterMail").allowUnlisted()).isFalse();
        assertThat(w.ipSecurity("SmarterMail").entries()).extracting(e -> e.ipAddress() + "/" + e.subnetMask())
                .contains("10.0.0.0/255.0.0.0", "::1/128");
        Plan confirmed = demo.session.plan(Guide.WEBMAIL_IP_RESTRICTIONS, office.with(WebmailIpRestrictionsStep.CONFIRM, Lockout.phrase()));
        assertThat(confirmed.warnings()).anySatisfy(w -> assertThat(w.text()).contains("will not reach webmail"));
    }

    @Test
    void anEntryIisRejectsLeavesTheSiteAsItWasNotDenyingEveryone() {
        demo.session.probeNow(Guide.WEBMAIL_IP_RESTRICTIONS);
        w.rejectEntry("10.0.0.0");
        Settings office = Settings.EMPTY.with(WebmailIpRestrictionsStep.MODE, "allow-list").with(WebmailIpRestrictionsStep.ALLOWED, List.of(
                IpRule.of("127.0.0.1", ""), IpRule.of("192.168.10.0/24", ""), IpRule.of("::1", ""), IpRule.of("10.0.0.0/8", "")));
        Change c = demo.session.apply(demo.session.plan(Guide.WEBMAIL_IP_RESTRICTIONS, office)).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(c.result().text()).contains("IIS rejected the entry 10.0.0.0");
        assertThat(w.ipSecurity("SmarterMail").allowUnlisted()).as("not left denying everyone, the administrator included").isTrue();
        assertThat(w.ipSecurity("SmarterMail").entries()).isEmpty();
    }

    @Test
    void denyAndDomainEntriesAndTheSectionsAttributesAreKept() {
        var domain = new lockdown.windows.IpSecurity.Entry("", "", false, java.util.Map.of("domainName", "*.bad.example"));
        var deny = new lockdown.windows.IpSecurity.Entry("203.0.113.7", "255.255.255.255", false);
        w.setIpSecurity("SmarterMail", new lockdown.windows.IpSecurity(true, List.of(domain, deny), false, 20, 200, false, 5,
                java.util.Map.of("denyAction", "NotFound")));
        demo.session.probeNow(Guide.WEBMAIL_IP_RESTRICTIONS);
        Change c = demo.session.apply(demo.session.plan(Guide.WEBMAIL_IP_RESTRICTIONS, Settings.EMPTY.with(WebmailIpRestrictionsStep.MODE, "allow-list")
                .with(WebmailIpRestrictionsStep.ALLOWED, List.of(IpRule.of("127.0.0.1", ""), IpRule.of("192.168.10.0/24", ""), IpRule.of("::1", "")))))
                .orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        var now = w.ipSecurity("SmarterMail");
        assertThat(now.entries()).contains(domain, deny);
        assertThat(now.attributes()).containsEntry("denyAction", "NotFound");
        demo.session.undo(c.id()).orElseThrow();
        assertThat(w.ipSecurity("SmarterMail").entries()).containsExactly(domain, deny);
    }

    @Test
    void withoutTheRoleServiceTheStepSaysHowToInstallIt() {
        w.ipRestrictionsInstalled(false);
        Finding f = demo.session.probeNow(Guide.WEBMAIL_IP_RESTRICTIONS);
        assertThat(f.result()).isEqualTo(ProbeResult.MANUAL);
        assertThat(f.reason().text()).contains("Install-WindowsFeature Web-IP-Security");
    }

    @Test
    void narrowsTheCatchAllBindingBlocksThePortAndUndoes() {
        Finding f = demo.session.probeNow(Guide.WEBMAIL_BINDINGS);
        assertThat(f.result()).isEqualTo(ProbeResult.AT_RISK);
        assertThat(f.details()).anySatisfy(d -> assertThat(d.flagged()).isTrue());
        Plan plan = demo.session.plan(Guide.WEBMAIL_BINDINGS, f.recommended());
        assertThat(plan.actions()).extracting(a -> a.description().text()).containsExactly(
                "Add the binding http 127.0.0.1:9998: to the site SmarterMail",
                "Remove the binding http *:9998: from the site SmarterMail",
                "Block inbound TCP port 9998 in the Windows Firewall");
        assertThat(plan.actions().getLast().command()).isEqualTo("netsh advfirewall firewall add rule "
                + "\"name=SmarterMail Lockdown: block TCP 9998\" dir=in action=block protocol=TCP localport=9998");
        Change c = demo.session.apply(plan).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(w.sites().getFirst().bindings()).filteredOn(Binding::web).containsExactly(new Binding("http", "127.0.0.1", 9998, ""));
        assertThat(w.sites().getFirst().bindings()).as("the WCF binding is left alone").contains(new Binding("net.tcp", "808:*"));
        assertThat(w.inboundRules(9998)).singleElement().satisfies(r -> assertThat(r.allow()).isFalse());
        demo.session.undo(c.id()).orElseThrow();
        assertThat(w.sites().getFirst().bindings()).filteredOn(Binding::web).containsExactly(new Binding("http", "*", 9998, ""));
        assertThat(w.inboundRules(9998)).isEmpty();
    }

    @Test
    void theBindingTheWizardConnectsThroughIsNotRemoved() {
        Target viaIis = new Target(Target.Kind.LOCAL_WINDOWS, "MAIL01", "http://127.0.0.1:9998", "o", lockdown.core.Ports.of(w.host()));
        var step = Steps.all().get(Guide.WEBMAIL_BINDINGS);
        Finding f = step.probe(viaIis);
        assertThatThrownBy(() -> step.plan(viaIis, f, Settings.EMPTY.with(WebmailBindingsStep.CATCH_ALL, "remove")))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("this wizard connects through http://127.0.0.1:9998");
        assertThat(step.plan(viaIis, f, Settings.EMPTY.with(WebmailBindingsStep.CATCH_ALL, "localhost")).actions()).hasSize(2);
    }
}
