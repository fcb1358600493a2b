package lockdown.steps;

import lockdown.core.ProbeResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import lockdown.DemoTest;
import lockdown.core.Change;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.base.InvalidSettingsException;
import lockdown.core.IpRule;
import lockdown.core.Lockout;
import lockdown.core.Outcome;
import lockdown.core.Plan;
import lockdown.core.Risk;
import lockdown.core.Settings;
import lockdown.core.Status;
import lockdown.sim.SimulatedSmarterMail;
import lockdown.smartermail.ApiException;
import lockdown.smartermail.ServerUrl;
import lockdown.smartermail.SmarterMailClient;
import org.junit.jupiter.api.Test;

class AdminIpRestrictionsStepTest extends DemoTest {

    private static Settings lists(String admin, List<IpRule> adminRules, List<IpRule> backupRules) {
        return Settings.EMPTY.with(AdminIpRestrictionsStep.RESTRICTIONS, Map.of(admin, adminRules, "backup-admin", backupRules));
    }

    private void logInAgain() {
        try (SmarterMailClient c = SmarterMailClient.create(ServerUrl.parse(demo.sim().url()))) {
            c.login("admin", SimulatedSmarterMail.DEMO_PASSWORD.toCharArray());
        }
    }

    @Test
    void restrictsEveryAdministratorToThisComputerAndStillLetsTheWizardIn() {
        Finding f = demo.session.probeNow(Guide.ADMIN_IP_RESTRICTIONS);
        assertThat(f.result()).isEqualTo(ProbeResult.AT_RISK);
        assertThat(f.reason().text()).contains("admin, backup-admin");
        assertThat(f.details()).first().satisfies(d -> assertThat(d.text()).isEqualTo("This computer connects to the server from 127.0.0.1."));
        assertThat(f.recommended().get(AdminIpRestrictionsStep.RESTRICTIONS)).isEqualTo(Map.of(
                "admin", List.of(IpRule.of("127.0.0.1", "This computer (the wizard)")),
                "backup-admin", List.of(IpRule.of("127.0.0.1", "This computer (the wizard)"))));

        Plan plan = demo.session.plan(Guide.ADMIN_IP_RESTRICTIONS, f.recommended());
        assertThat(plan.actions()).hasSize(2).allSatisfy(a -> assertThat(a.risks()).containsExactly(Risk.MAY_LOCK_OUT));
        Change c = demo.session.apply(plan).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(demo.sim().state().admin("admin").path("ipRestrictionsEnabled").asBoolean()).isTrue();
        assertThat(demo.session.status(Guide.ADMIN_IP_RESTRICTIONS)).isEqualTo(Status.APPLIED);
        logInAgain();

        demo.session.undo(c.id()).orElseThrow();
        assertThat(demo.sim().state().admin("admin").path("ipRestrictionsEnabled").asBoolean()).isFalse();
    }

    @Test
    void aListThatShutsOutTheWizardNeedsTheConfirmationPhrase() {
        demo.session.probeNow(Guide.ADMIN_IP_RESTRICTIONS);
        List<IpRule> elsewhere = List.of(IpRule.of("10.20.0.0/16", "Management network"));
        assertThatThrownBy(() -> demo.session.plan(Guide.ADMIN_IP_RESTRICTIONS, lists("admin", elsewhere, List.of())))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.errors().getFirst().setting())
                        .isEqualTo("confirm-lockout"))
                .hasMessageContaining("Confirmation (only to lock yourself out on purpose): the list for admin (your own account) "
                        + "leaves out 127.0.0.1").hasMessageContaining(Lockout.phrase());
        assertThat(demo.sim().state().admin("admin").path("ipRestrictionsEnabled").asBoolean()).isFalse();
        assertThat(demo.journal.read()).isEmpty();

        Plan confirmed = demo.session.plan(Guide.ADMIN_IP_RESTRICTIONS,
                lists("admin", elsewhere, List.of()).with(AdminIpRestrictionsStep.CONFIRM, Lockout.phrase()));
        assertThat(confirmed.warnings()).anySatisfy(w -> assertThat(w.text()).contains("your next login from here will be refused"));
        Change c = demo.session.apply(confirmed).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThatThrownBy(this::logInAgain).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.getMessage()).contains("does not allow this administrator to log in from this address"));

        demo.session.undo(c.id()).orElseThrow();
        logInAgain();
    }

    @Test
    void otherAdministratorsCanBeRestrictedAnywhereAndUnknownOnesAreRefused() {
        demo.session.probeNow(Guide.ADMIN_IP_RESTRICTIONS);
        Plan plan = demo.session.plan(Guide.ADMIN_IP_RESTRICTIONS, Settings.EMPTY.with(AdminIpRestrictionsStep.RESTRICTIONS,
                Map.of("backup-admin", List.of(IpRule.of("10.20.0.0/16", "")))));
        assertThat(plan.actions()).singleElement().satisfies(a -> assertThat(a.description().text())
                .isEqualTo("Restrict backup-admin to 10.20.0.0/16"));
        assertThatThrownBy(() -> demo.session.plan(Guide.ADMIN_IP_RESTRICTIONS, Settings.EMPTY.with(AdminIpRestrictionsStep.RESTRICTIONS,
                Map.of("mallory", List.of(IpRule.of("10.0.0.1", ""))))))
                .hasMessageContaining("there is no administrator “mallory”");
    }
}
