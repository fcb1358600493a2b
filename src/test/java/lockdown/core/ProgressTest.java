package lockdown.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import lockdown.base.Msg;
import org.junit.jupiter.api.Test;

/** The progress line counts only the steps that concern the target; skipping is not doing. */
class ProgressTest {

    private static StepView view(Guide g, ProbeResult r, String skip, String doneNote) {
        Finding f = Finding.of(g, r, Settings.EMPTY, Settings.EMPTY, Msg.of("status.compliant"), null, List.of());
        return new StepView(g, f, f, List.of(), skip, doneNote);
    }

    @Test
    void aServerByUrlCountsItsSevenApiStepsOnly() {
        List<StepView> views = new ArrayList<>();
        List<Guide> steps = Guide.steps();
        for (int i = 0; i < steps.size(); i++) {
            Guide g = steps.get(i);
            views.add(view(g, i < 7 ? ProbeResult.NOT_APPLICABLE : i == 7 ? ProbeResult.COMPLIANT : ProbeResult.AT_RISK, null, null));
        }
        Progress p = Progress.of(steps.size(), views);
        assertThat(p).isEqualTo(new Progress(1, 7, 7, 0));
        assertThat(p.fraction()).isEqualTo(1 / 7.0);
    }

    @Test
    void skippedIsCountedApartAndAManualStepMarkedDoneCounts() {
        List<StepView> views = List.of(
                view(Guide.SMTP_RELAY, ProbeResult.AT_RISK, "handled upstream", null),
                view(Guide.WEBMAIL_IP_RESTRICTIONS, ProbeResult.MANUAL, null, "done on the firewall"),
                view(Guide.steps().get(0), ProbeResult.MANUAL, null, null));
        assertThat(Progress.of(14, views)).isEqualTo(new Progress(1, 14, 0, 1));
    }

    @Test
    void noApplicableStepIsZeroNotADivisionByZero() {
        assertThat(new Progress(0, 0, 14, 0).fraction()).isZero();
    }
}
