package lockdown.steps;

import lockdown.core.ProbeResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lockdown.DemoTest;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.Settings;
import lockdown.smartermail.Endpoint;
import org.junit.jupiter.api.Test;

class ServerBuildStepTest extends DemoTest {

    @Test
    void flagsABuildBelow9511WithTheCves() {
        Finding f = demo.session.probeNow(Guide.SERVER_BUILD);
        assertThat(f.result()).isEqualTo(ProbeResult.AT_RISK);
        assertThat(f.current().get(ServerBuildStep.BUILD)).isEqualTo("9483");
        assertThat(f.reason().text()).contains("CVE-2026-23760").contains("CVE-2026-24423").doesNotContain("CVE-2025-52691")
                .contains("9511");
        assertThat(f.details()).hasSize(3);
    }

    @Test
    void build9511IsCompliant() {
        demo.sim().state().version("100.0.9511.29500");
        assertThat(demo.session.probeNow(Guide.SERVER_BUILD).result()).isEqualTo(ProbeResult.COMPLIANT);
    }

    @Test
    void theWizardNeverClaimsToUpgrade() {
        Finding f = demo.session.probeNow(Guide.SERVER_BUILD);
        assertThat(Steps.all().get(Guide.SERVER_BUILD).automated(f)).isFalse();
        assertThatThrownBy(() -> demo.session.plan(Guide.SERVER_BUILD, Settings.EMPTY)).hasMessageContaining("by hand");
    }

    @Test
    void anUnreadableVersionIsUnknownWithTheReason() {
        demo.sim().state().version("unknown");
        Finding f = demo.session.probeNow(Guide.SERVER_BUILD);
        assertThat(f.result()).isEqualTo(ProbeResult.UNKNOWN);
        assertThat(f.reason().text()).contains("Reading the SmarterMail build failed").contains("no SmarterMail version");
        demo.sim().knobs().fail(Endpoint.GET_VERSION, 503);
        assertThat(demo.session.probeNow(Guide.SERVER_BUILD).reason().text()).contains("HTTP 503");
    }
}
