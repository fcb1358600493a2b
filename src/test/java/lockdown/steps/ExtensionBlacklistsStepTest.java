package lockdown.steps;

import lockdown.core.ProbeResult;
import lockdown.smartermail.ExtensionList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import lockdown.DemoTest;
import lockdown.core.Change;
import lockdown.core.DangerousExtensions;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.base.InvalidSettingsException;
import lockdown.core.Outcome;
import lockdown.core.Plan;
import lockdown.core.Settings;
import lockdown.core.Status;
import org.junit.jupiter.api.Test;

class ExtensionBlacklistsStepTest extends DemoTest {

    private List<String> onServer(String list) {
        List<String> out = new ArrayList<>();
        demo.sim().state().extensions().path(list).forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void addsTheGuidesExtensionsToAllFourListsAndUndoes() {
        Finding f = demo.session.probeNow(Guide.EXTENSION_BLACKLISTS);
        assertThat(f.result()).isEqualTo(ProbeResult.AT_RISK);
        assertThat(f.details()).hasSize(4).allSatisfy(d -> assertThat(d.flagged()).isTrue());
        assertThat(f.current().get(ExtensionBlacklistsStep.list(ExtensionList.INBOUND))).containsExactly("exe", "pif", "scr");
        assertThat(f.recommended().get(ExtensionBlacklistsStep.list(ExtensionList.OUTBOUND))).containsAll(DangerousExtensions.ALL);

        Plan plan = demo.session.plan(Guide.EXTENSION_BLACKLISTS, f.recommended());
        assertThat(plan.actions()).hasSize(4);
        Change c = demo.session.apply(plan).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(onServer("file-system")).containsAll(DangerousExtensions.ALL);
        assertThat(demo.session.status(Guide.EXTENSION_BLACKLISTS)).isEqualTo(Status.APPLIED);

        demo.session.undo(c.id()).orElseThrow();
        assertThat(onServer("inbound")).containsExactly("exe", "pif", "scr");
    }

    @Test
    void theAdministratorCanAddAndRemoveAndIsToldWhatThatLetsThrough() {
        demo.session.probeNow(Guide.EXTENSION_BLACKLISTS);
        var uploads = demo.session.view(Guide.EXTENSION_BLACKLISTS).latest().recommended().get(ExtensionBlacklistsStep.list(ExtensionList.UPLOADS));
        List<String> mine = new ArrayList<>(uploads);
        mine.remove("js");
        mine.add(".ISO");
        Plan plan = demo.session.plan(Guide.EXTENSION_BLACKLISTS, Settings.EMPTY.with(ExtensionBlacklistsStep.list(ExtensionList.UPLOADS), mine));
        assertThat(plan.actions()).singleElement().satisfies(a -> assertThat(a.description().text()).startsWith("Uploads: add ")
                .contains("iso"));
        assertThat(plan.warnings()).singleElement().satisfies(w -> assertThat(w.text())
                .isEqualTo("Uploads will still let through these extensions of the guide: .js. The reasons are listed under the list."));
        demo.session.apply(plan).orElseThrow();
        assertThat(onServer("uploads")).contains("iso").doesNotContain("js");
        assertThat(demo.session.status(Guide.EXTENSION_BLACKLISTS)).isEqualTo(Status.AT_RISK);
    }

    @Test
    void anythingThatIsNotAnExtensionIsRefused() {
        var setting = Steps.all().get(Guide.EXTENSION_BLACKLISTS).settings().getFirst();
        assertThatThrownBy(() -> setting.parse("exe, co/m")).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("Incoming attachments: “co/m” is not a file extension");
    }
}
