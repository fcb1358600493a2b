package lockdown.steps;

import lockdown.core.ProbeResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import lockdown.DemoTest;
import lockdown.core.Change;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.base.InvalidSettingsException;
import lockdown.core.Outcome;
import lockdown.core.Settings;
import lockdown.core.Status;
import org.junit.jupiter.api.Test;

class IdsBruteForceStepTest extends DemoTest {

    private JsonNode byIpRule() {
        for (JsonNode r : demo.sim().state().idsRules()) {
            if (r.path("type").asText().equals("LoginBruteForceByIp")) {
                return r;
            }
        }
        throw new AssertionError("no rule");
    }

    @Test
    void tightensTheRuleVerifiesAndUndoes() {
        Finding f = demo.session.probeNow(Guide.IDS_BRUTE_FORCE);
        assertThat(f.result()).isEqualTo(ProbeResult.AT_RISK);
        assertThat(f.current().without(IdsBruteForceStep.RECORD)).isEqualTo(Settings.EMPTY.with(IdsBruteForceStep.THRESHOLD, 20).with(IdsBruteForceStep.TIME_FRAME, 10)
                .with(IdsBruteForceStep.BLOCK_TIME, 15));
        assertThat(f.current().get(IdsBruteForceStep.RECORD).get("description"))
                .as("the rest of the rule is kept as read").isEqualTo("Password brute force by IP");
        assertThat(f.recommended()).isEqualTo(Settings.EMPTY.with(IdsBruteForceStep.THRESHOLD, 5).with(IdsBruteForceStep.TIME_FRAME, 30).with(IdsBruteForceStep.BLOCK_TIME, 1440));
        assertThat(f.details()).hasSize(6).anySatisfy(d -> assertThat(d.text()).contains("Password brute force by IP")
                .contains("Weaker than the guide"));

        Change c = demo.session.apply(demo.session.plan(Guide.IDS_BRUTE_FORCE, f.recommended())).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(byIpRule().path("threshold").asInt()).isEqualTo(5);
        assertThat(byIpRule().path("blockTimeMinutes").asInt()).isEqualTo(1440);
        assertThat(byIpRule().path("description").asText()).as("fields the step does not touch survive")
                .isEqualTo("Password brute force by IP");
        assertThat(demo.session.status(Guide.IDS_BRUTE_FORCE)).isEqualTo(Status.APPLIED);

        demo.session.undo(c.id()).orElseThrow();
        assertThat(byIpRule().path("threshold").asInt()).isEqualTo(20);
    }

    @Test
    void editedValuesWithinRangeApplyButWeakerOnesStayAtRisk() {
        demo.session.probeNow(Guide.IDS_BRUTE_FORCE);
        Change c = demo.session.apply(demo.session.plan(Guide.IDS_BRUTE_FORCE, Settings.EMPTY.with(IdsBruteForceStep.THRESHOLD, 3)
                .with(IdsBruteForceStep.TIME_FRAME, 60).with(IdsBruteForceStep.BLOCK_TIME, 2880))).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(demo.session.status(Guide.IDS_BRUTE_FORCE)).isEqualTo(Status.APPLIED);

        var plan = demo.session.plan(Guide.IDS_BRUTE_FORCE, Settings.EMPTY.with(IdsBruteForceStep.THRESHOLD, 10));
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w.text()).contains("weaker than the guide"));
    }

    @Test
    void outOfRangeValuesAreRefusedNamingTheField() {
        demo.session.probeNow(Guide.IDS_BRUTE_FORCE);
        assertThatThrownBy(() -> demo.session.plan(Guide.IDS_BRUTE_FORCE, Settings.EMPTY.with(IdsBruteForceStep.BLOCK_TIME, 0)))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("Block time: must be between 1 and 43200 minutes");
        assertThatThrownBy(() -> demo.session.plan(Guide.IDS_BRUTE_FORCE, Settings.EMPTY.with(IdsBruteForceStep.THRESHOLD, 101)))
                .hasMessageContaining("Threshold");
        assertThat(byIpRule().path("threshold").asInt()).isEqualTo(20);
    }
}
