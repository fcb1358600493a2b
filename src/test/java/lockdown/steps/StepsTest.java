package lockdown.steps;

import lockdown.core.ProbeResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lockdown.core.Backend;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.Settings;
import lockdown.core.Step;
import lockdown.core.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every step of the guide exists, and says plainly when it cannot act on a target. */
class StepsTest {

    @ParameterizedTest
    @EnumSource(Guide.class)
    void everyStepOfTheGuideHasAClassAndManualInstructions(Guide g) {
        Step s = Steps.all().get(g);
        assertThat(s).isNotNull();
        assertThat(s.id()).isEqualTo(g);
        assertThat(g.manualSteps().text()).startsWith("1. ");
    }

    @ParameterizedTest
    @EnumSource(Guide.class)
    void windowsStepsDoNotApplyToARemoteServerAndApiStepsNeedTheApi(Guide g) {
        Target remote = new Target(Target.Kind.REMOTE, "t", "u", "o", lockdown.core.Ports.NONE);
        Finding f = Steps.all().get(g).probe(remote);
        assertThat(f.result()).isEqualTo(ProbeResult.NOT_APPLICABLE);
        assertThat(f.reason().text()).contains(g.backend() == Backend.WINDOWS ? "Windows step" : "web API");
    }

    @ParameterizedTest
    @EnumSource(Guide.class)
    void onThisServerWithoutTheWindowsSideTheWindowsStepsAreManualAndNeverApplied(Guide g) {
        if (g.backend() != Backend.WINDOWS) {
            return;
        }
        Step s = Steps.all().get(g);
        Target local = new Target(Target.Kind.LOCAL_WINDOWS, "t", "http://127.0.0.1:9998", "o", lockdown.core.Ports.NONE);
        Finding f = s.probe(local);
        assertThat(f.result()).isEqualTo(ProbeResult.MANUAL);
        assertThat(s.automated(f)).isFalse();
        assertThatThrownBy(() -> new lockdown.core.Session(local, Steps.all(),
                new lockdown.core.Journal(java.nio.file.Path.of("target", "unused.jsonl"), Steps::settingsOf),
                java.util.concurrent.Executors.newSingleThreadExecutor()).plan(g, Settings.EMPTY))
                .hasMessageContaining("by hand");
    }
}
