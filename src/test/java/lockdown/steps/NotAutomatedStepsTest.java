package lockdown.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.Settings;
import lockdown.core.Status;
import lockdown.core.Step;
import lockdown.core.Target;
import lockdown.sim.SimulatedWindows;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotAutomatedStepsTest {

    static final List<Guide> AUTOMATED = List.of(Guide.SERVER_BUILD, Guide.SMTP_RELAY, Guide.RELAY_WHITELIST,
            Guide.IDS_BRUTE_FORCE, Guide.ADMIN_2FA, Guide.ADMIN_IP_RESTRICTIONS, Guide.EXTENSION_BLACKLISTS);

    @ParameterizedTest
    @EnumSource(Guide.class)
    void everyStepOfTheGuideHasAClass(Guide g) {
        Step s = Steps.all().get(g);
        assertThat(s).isNotNull();
        assertThat(s.id()).isEqualTo(g);
    }

    @ParameterizedTest
    @EnumSource(Guide.class)
    void stepsWithoutABackendAreManualAndNeverCompliant(Guide g) {
        if (AUTOMATED.contains(g)) {
            return;
        }
        Step s = Steps.all().get(g);
        Target onServer = new Target(Target.Kind.DEMO, "t", "u", "o", Optional.empty(), Optional.of(new SimulatedWindows().host()));
        Target withApiOnly = new Target(Target.Kind.REMOTE, "t", "u", "o", Optional.empty(), Optional.empty());
        Finding f = s.probe(g.backend() == lockdown.core.Backend.WINDOWS ? onServer : withApiOnly);
        assertThat(f.status()).isIn(Status.MANUAL, Status.NOT_APPLICABLE);
        assertThat(s.automated(f)).isFalse();
        assertThat(g.manualSteps().text()).startsWith("1. ");
        assertThatThrownBy(() -> s.plan(onServer, f, Settings.EMPTY)).hasMessageContaining("by hand");
    }

    @ParameterizedTest
    @EnumSource(Guide.class)
    void windowsStepsDoNotApplyToARemoteServer(Guide g) {
        if (g.backend() != lockdown.core.Backend.WINDOWS) {
            return;
        }
        Target remote = new Target(Target.Kind.REMOTE, "t", "u", "o", Optional.empty(), Optional.empty());
        assertThat(Steps.all().get(g).probe(remote).status()).isEqualTo(Status.NOT_APPLICABLE);
    }
}
