package lockdown.ui;

import static lockdown.ui.WizardFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import lockdown.core.Guide;
import lockdown.core.Status;
import lockdown.report.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Profiles and exceptions in the window: used from the start page, an exception added on a step page, saved from the summary. */
class ProfilePagesTest extends WindowTest {

    @TempDir
    Path dir;

    @Test
    void aProfileChosenOnTheStartPageGivesTheRecommendedValues(FxRobot robot) throws Exception {
        Path p = dir.resolve("p.json");
        Files.writeString(p, """
                {"schema": "smartermail-lockdown-profile", "version": 1, "name": "branch offices",
                 "steps": {"smtp-relay": {"allow-relay": "local-users"}}}
                """);
        fx.dialogs.profile = p;
        robot.clickOn("#profile-choose");
        waitUntil(() -> fx.text(robot, "#profile-status").contains("branch offices"));
        fx.connect(robot);
        robot.clickOn("#nav-smtp-relay");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        assertThat(fx.text(robot, "#current-reason")).contains("Differs from the profile");
        assertThat(fx.text(robot, "#preview-command-0")).contains("\"allowRelay\": \"LocalUsers\"");
    }

    @Test
    void aBrokenProfileIsRefusedWithTheFieldNamed(FxRobot robot) throws Exception {
        Path p = dir.resolve("bad.json");
        Files.writeString(p, "{\"schema\": \"smartermail-lockdown-profile\", \"version\": 1, \"steps\": {\"smtp-relay\": {\"allow-relay\": \"all\"}}}");
        fx.dialogs.profile = p;
        robot.clickOn("#profile-choose");
        waitUntil(() -> fx.text(robot, "#profile-status").contains("steps.smtp-relay.allow-relay"));
        assertThat(fx.model.profileProperty().get()).isEqualTo(lockdown.core.Profile.NONE);
    }

    @Test
    void anExceptionNeedsAReasonAndADateAndIsSavedWithTheChoices(FxRobot robot) throws Exception {
        fx.connect(robot);
        robot.clickOn("#nav-ids-brute-force");
        waitUntil(() -> robot.lookup("#accept-risk").query().isVisible());
        fx.dialogs.exceptions.add(new Dialogs.ExceptionInput(" ", "CISO", LocalDate.now().plusDays(60).toString()));
        robot.clickOn("#accept-risk");
        waitUntil(() -> fx.text(robot, "#step-result").contains("Reason: is required"));
        assertThat(fx.sidebarStatus(robot, Guide.IDS_BRUTE_FORCE)).isEqualTo(Status.AT_RISK);

        String until = LocalDate.now().plusDays(60).toString();
        fx.dialogs.exceptions.add(new Dialogs.ExceptionInput("Handled by the perimeter IPS", "CISO", until));
        robot.clickOn("#accept-risk");
        waitUntil(() -> fx.sidebarStatus(robot, Guide.IDS_BRUTE_FORCE) == Status.ACCEPTED_RISK);
        assertThat(fx.text(robot, "#current-reason")).contains("Accepted risk until " + until).contains("perimeter IPS");

        robot.clickOn("#nav-summary");
        fx.summaryShown(robot);
        Path saved = dir.resolve("choices.json");
        fx.dialogs.profileSaveTo = saved;
        robot.clickOn("#profile-save");
        waitUntil(() -> Files.exists(saved) && fx.text(robot, "#export-result").contains("1 exceptions"));
        assertThat(Files.readString(saved)).contains("\"ids-brute-force\"").contains("Handled by the perimeter IPS").contains(until);
        Path md = dir.resolve("s.md");
        fx.dialogs.saveTo.put(Format.MARKDOWN, md);
        robot.clickOn("#export-md");
        waitUntil(() -> Files.exists(md));
        assertThat(Files.readString(md)).contains("## Exceptions").contains("Handled by the perimeter IPS");
    }
}
