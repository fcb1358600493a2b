package lockdown.ui;

import static lockdown.ui.WizardFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import lockdown.core.Guide;
import lockdown.core.Status;
import lockdown.report.Format;
import lockdown.sim.SimulatedSmarterMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A whole walk through the demo, as an administrator would do it. */
class WizardWalkTest extends WindowTest {

    @TempDir
    Path dir;

    @Test
    void connectApplyUndoSkipAndExport(FxRobot robot) throws Exception {
        fx.connect(robot);
        assertThat(fx.text(robot, "#demo-badge")).isEqualTo("DEMO");
        assertThat(fx.text(robot, "#header-target")).contains("demo").contains("9483");
        assertThat(fx.sidebarStatus(robot, Guide.SMTP_RELAY)).isEqualTo(Status.AT_RISK);
        assertThat(fx.sidebarStatus(robot, Guide.SERVICE_ACCOUNT)).isEqualTo(Status.AT_RISK);
        assertThat(fx.text(robot, "#progress")).isEqualTo("1 of 14 done · 0 not applicable here · 0 skipped");

        robot.clickOn("#nav-smtp-relay");
        assertThat(fx.text(robot, "#step-title")).isEqualTo("Disable SMTP open relay");
        assertThat(fx.text(robot, "#current-allow-relay")).isEqualTo("Allow relay: Anyone");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        assertThat(fx.text(robot, "#preview-command-0")).contains("\"allowRelay\": \"Nobody\"");
        robot.clickOn("#apply");
        waitUntil(() -> fx.sidebarStatus(robot, Guide.SMTP_RELAY) == Status.APPLIED);
        assertThat(fx.text(robot, "#step-result")).contains("applied and verified by reading it back");
        assertThat(fx.sim().state().allowRelay()).isEqualTo("Nobody");
        assertThat(fx.text(robot, "#progress")).isEqualTo("2 of 14 done · 0 not applicable here · 0 skipped");

        robot.clickOn("#undo");
        waitUntil(() -> fx.sidebarStatus(robot, Guide.SMTP_RELAY) == Status.AT_RISK);
        assertThat(fx.text(robot, "#step-result")).contains("the previous values are back");
        assertThat(fx.sim().state().allowRelay()).isEqualTo("Anyone");

        waitUntil(() -> !fx.disabled(robot, "#apply"));
        robot.clickOn("#apply");
        waitUntil(() -> fx.sidebarStatus(robot, Guide.SMTP_RELAY) == Status.APPLIED);

        robot.clickOn("#nav-ids-brute-force");
        fx.dialogs.skipReasons.add("Handled by the upstream firewall");
        robot.clickOn("#skip");
        waitUntil(() -> fx.sidebarStatus(robot, Guide.IDS_BRUTE_FORCE) == Status.SKIPPED);
        assertThat(fx.text(robot, "#step-title")).as("skip moves on").isEqualTo(Guide.EXTENSION_BLACKLISTS.title().text());
        assertThat(fx.text(robot, "#progress")).as("skipping is not doing")
                .isEqualTo("2 of 14 done · 0 not applicable here · 1 skipped");

        robot.clickOn("#nav-summary");
        fx.summaryShown(robot);
        assertThat(WizardFixture.onFx(() -> robot.lookup("#summary-table").queryTableView().getItems().size())).isEqualTo(14);
        Path html = dir.resolve("summary.html");
        Path json = dir.resolve("summary.json");
        fx.dialogs.saveTo.put(Format.HTML, html);
        fx.dialogs.saveTo.put(Format.JSON, json);
        robot.clickOn("#export-html");
        waitUntil(() -> Files.exists(html));
        robot.clickOn("#export-json");
        waitUntil(() -> Files.exists(json) && fx.text(robot, "#export-result").contains("summary.json"));
        assertThat(fx.dialogs.suggestedNames).allSatisfy(n -> assertThat(n).startsWith("lockdown-demo-"));

        String page = Files.readString(html);
        assertThat(page).contains("Allow relay: Anyone → Nobody").contains("Handled by the upstream firewall")
                .contains("Demo: these results come from the built-in simulated server")
                .doesNotContain(SimulatedSmarterMail.DEMO_PASSWORD);
        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        JsonNode relay = root.path("rows").get(12);
        assertThat(relay.path("statusBefore").asText()).isEqualTo("At risk");
        assertThat(relay.path("statusAfter").asText()).isEqualTo("Applied and verified");
        assertThat(relay.path("changes")).hasSize(3);
        assertThat(root.path("rows").get(10).path("skipReason").asText()).isEqualTo("Handled by the upstream firewall");
        assertThat(Files.readString(json)).doesNotContain(SimulatedSmarterMail.DEMO_PASSWORD);
        for (String token : fx.sim().issuedTokens()) {
            assertThat(page).doesNotContain(token);
        }
    }

    @Test
    void theBuildPageSaysToReadAgainAfterUpgradingInsteadOfMarkingDone(FxRobot robot) {
        fx.connect(robot);
        robot.clickOn("#nav-server-build");
        waitUntil(() -> fx.text(robot, "#read-again-after").contains("Read again"));
        assertThat(robot.lookup("#mark-done").tryQuery()).isEmpty();
    }

    @Test
    void aManualStepIsMarkedDoneWithANote(FxRobot robot) {
        fx.beforeProbe = c -> c.simulatedWindows().orElseThrow().ipRestrictionsInstalled(false);
        fx.connect(robot);
        robot.clickOn("#nav-webmail-ip-restrictions");
        assertThat(fx.text(robot, "#step-status")).isEqualTo("Manual");
        robot.clickOn("#done-note");
        robot.write("Installed IP and Domain Restrictions and set an allow list");
        robot.clickOn("#mark-done");
        waitUntil(() -> fx.text(robot, "#step-status").equals("Done by hand"));
        assertThat(fx.text(robot, "#done-note-shown")).contains("Installed IP and Domain Restrictions");
        assertThat(fx.model.session().status(Guide.WEBMAIL_IP_RESTRICTIONS)).as("reported as manual, never applied")
                .isEqualTo(Status.MANUAL);
        assertThat(robot.lookup("#apply").query().isVisible()).isFalse();
    }
}
