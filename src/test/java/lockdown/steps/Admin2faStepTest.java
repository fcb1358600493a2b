package lockdown.steps;

import lockdown.core.ProbeResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Instant;
import lockdown.DemoTest;
import lockdown.core.Change;
import lockdown.core.Enrolment;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.base.InvalidSettingsException;
import lockdown.core.Outcome;
import lockdown.core.Plan;
import lockdown.core.Settings;
import lockdown.core.Status;
import lockdown.core.Totp;
import lockdown.sim.SimulatedSmarterMail;
import lockdown.smartermail.ApiException;
import lockdown.smartermail.ServerUrl;
import lockdown.smartermail.SmarterMailClient;
import org.junit.jupiter.api.Test;

class Admin2faStepTest extends DemoTest {

    private Change enrol(String account) {
        Enrolment e = demo.session.prepare(Guide.ADMIN_2FA, account);
        String code = Totp.fromBase32(e.secret()).code(Instant.now());
        return demo.session.apply(demo.session.plan(Guide.ADMIN_2FA, Settings.EMPTY.with(Admin2faStep.ENROLMENT, e.withCode(code))))
                .orElseThrow();
    }

    @Test
    void enrolsAnAdministratorWithAVerifiedCodeAndTheNextLoginAsksForIt() throws Exception {
        Finding f = demo.session.probeNow(Guide.ADMIN_2FA);
        assertThat(f.result()).isEqualTo(ProbeResult.AT_RISK);
        assertThat(f.reason().text()).contains("admin, backup-admin");
        assertThat(Steps.all().get(Guide.ADMIN_2FA).preparable(f)).containsExactly("admin", "backup-admin");

        Enrolment e = demo.session.prepare(Guide.ADMIN_2FA, "admin");
        assertThat(e.uri()).startsWith("otpauth://totp/").contains(e.secret());
        assertThat(e.toString()).doesNotContain(e.secret());
        Totp totp = Totp.fromBase32(e.secret());
        Plan plan = demo.session.plan(Guide.ADMIN_2FA, Settings.EMPTY.with(Admin2faStep.ENROLMENT, e.withCode(totp.code(Instant.now()))));
        assertThat(plan.actions()).singleElement().satisfies(a -> {
            assertThat(a.description().text()).isEqualTo("Enable two-factor authentication for admin (code checked)");
            assertThat(a.command()).contains("\"code\": \"<code>\"");
        });
        Change c = demo.session.apply(plan).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(demo.sim().state().admin("admin").path("twoFactorEnabled").asBoolean()).isTrue();
        assertThat(Files.readString(demo.journal.file())).doesNotContain(e.secret());

        try (SmarterMailClient fresh = SmarterMailClient.create(ServerUrl.parse(demo.sim().url()))) {
            assertThatThrownBy(() -> fresh.login("admin", SimulatedSmarterMail.DEMO_PASSWORD.toCharArray()))
                    .isInstanceOfSatisfying(ApiException.class, x -> assertThat(x.kind()).isEqualTo(ApiException.Kind.TWO_FACTOR_REQUIRED));
            fresh.loginWithCode(totp.code(Instant.now()));
        }
        demo.session.undo(c.id()).orElseThrow();
        assertThat(demo.sim().state().admin("admin").path("twoFactorEnabled").asBoolean()).isFalse();
    }

    @Test
    void aWrongCodeIsRefusedBeforeAnythingIsSent() {
        demo.session.probeNow(Guide.ADMIN_2FA);
        Enrolment e = demo.session.prepare(Guide.ADMIN_2FA, "backup-admin");
        String wrong = Totp.fromBase32(e.secret()).code(Instant.now().plusSeconds(600));
        assertThatThrownBy(() -> demo.session.plan(Guide.ADMIN_2FA, Settings.EMPTY.with(Admin2faStep.ENROLMENT, e.withCode(wrong))))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("Enrol an administrator: the code does not match the secret for backup-admin");
        assertThat(demo.sim().state().admin("backup-admin").path("twoFactorEnabled").asBoolean()).isFalse();
        assertThat(demo.journal.read()).isEmpty();
    }

    @Test
    void requiringTwoFactorIsRefusedUntilTheWizardsOwnAccountHasEnrolled() {
        demo.session.probeNow(Guide.ADMIN_2FA);
        assertThatThrownBy(() -> demo.session.plan(Guide.ADMIN_2FA, Settings.EMPTY.with(Admin2faStep.REQUIRE, true)))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("your own account admin has not enrolled yet");
        assertThat(demo.sim().state().requireTwoFactor()).isFalse();

        enrol("admin");
        Plan require = demo.session.plan(Guide.ADMIN_2FA, Settings.EMPTY.with(Admin2faStep.REQUIRE, true));
        assertThat(require.warnings()).singleElement().satisfies(w -> assertThat(w.text()).startsWith("backup-admin has not enrolled"));
        Change c = demo.session.apply(require).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(demo.sim().state().requireTwoFactor()).isTrue();
        assertThat(demo.session.status(Guide.ADMIN_2FA)).as("backup-admin still lacks it").isEqualTo(Status.AT_RISK);

        enrol("backup-admin");
        assertThat(demo.session.status(Guide.ADMIN_2FA)).isEqualTo(Status.APPLIED);
    }
}
