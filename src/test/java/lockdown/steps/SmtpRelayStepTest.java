package lockdown.steps;

import lockdown.core.ProbeResult;
import static org.assertj.core.api.Assertions.assertThat;

import lockdown.DemoTest;
import lockdown.core.Change;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.Outcome;
import lockdown.core.Plan;
import lockdown.core.Settings;
import lockdown.core.Status;
import lockdown.smartermail.Endpoint;
import org.junit.jupiter.api.Test;

class SmtpRelayStepTest extends DemoTest {

    @Test
    void readsApplyVerifiesAndUndoesAllowRelay() {
        Finding f = demo.session.probeNow(Guide.SMTP_RELAY);
        assertThat(f.result()).isEqualTo(ProbeResult.AT_RISK);
        assertThat(f.current().get(SmtpRelayStep.ALLOW_RELAY)).isEqualTo("anyone");
        assertThat(f.recommended().get(SmtpRelayStep.ALLOW_RELAY)).isEqualTo("nobody");
        assertThat(f.evidence().text()).contains("unverified");

        Plan plan = demo.session.plan(Guide.SMTP_RELAY, f.recommended());
        assertThat(plan.actions()).singleElement().satisfies(a -> {
            assertThat(a.description().text()).isEqualTo("Set Allow relay from “Anyone” to “Nobody”");
            assertThat(a.command()).startsWith("POST " + demo.sim().url() + "/api/v1/settings/sysadmin/smtp-in")
                    .as("the settings object goes back whole, its other fields as read")
                    .endsWith("{ \"smtpIn\": { \"port\": 25, \"allowRelay\": \"Nobody\" } }");
        });
        assertThat(plan.warnings()).isNotEmpty();
        assertThat(demo.sim().state().allowRelay()).as("planning changes nothing").isEqualTo("Anyone");

        Change c = demo.session.apply(plan).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(demo.sim().state().allowRelay()).isEqualTo("Nobody");
        assertThat(demo.session.status(Guide.SMTP_RELAY)).as("what the session did").isEqualTo(Status.APPLIED);
        assertThat(demo.session.view(Guide.SMTP_RELAY).latest().result()).as("what reading back found")
                .isEqualTo(lockdown.core.ProbeResult.COMPLIANT);

        Change undo = demo.session.undo(c.id()).orElseThrow();
        assertThat(undo.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(demo.sim().state().allowRelay()).isEqualTo("Anyone");
        assertThat(demo.session.status(Guide.SMTP_RELAY)).isEqualTo(Status.AT_RISK);
    }

    @Test
    void aServerErrorOnSaveChangesNothingAndSaysSo() {
        demo.session.probeNow(Guide.SMTP_RELAY);
        demo.sim().knobs().fail(Endpoint.SET_SMTP_IN, 500);
        Change c = demo.session.apply(demo.session.plan(Guide.SMTP_RELAY, Settings.EMPTY.with(SmtpRelayStep.ALLOW_RELAY, "nobody")))
                .orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(c.result().text()).contains("Saving the SMTP relay setting failed")
                .contains("internal error (HTTP 500)").contains("Nothing was changed");
        assertThat(demo.sim().state().allowRelay()).isEqualTo("Anyone");
        assertThat(demo.session.status(Guide.SMTP_RELAY)).isEqualTo(Status.AT_RISK);
    }

    @Test
    void aServerWithoutTheEndpointMakesTheStepManual() {
        demo.sim().knobs().missing(Endpoint.GET_SMTP_IN);
        Finding f = demo.session.probeNow(Guide.SMTP_RELAY);
        assertThat(f.result()).isEqualTo(ProbeResult.MANUAL);
        assertThat(f.reason().text()).contains("Reading the SMTP relay setting");
        assertThat(Steps.all().get(Guide.SMTP_RELAY).automated(f)).isFalse();
    }
}
