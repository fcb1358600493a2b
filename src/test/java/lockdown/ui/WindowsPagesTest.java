package lockdown.ui;

import static lockdown.ui.WizardFixture.onFx;
import static lockdown.ui.WizardFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.control.TextField;
import lockdown.core.DataFolder;
import lockdown.core.Guide;
import lockdown.core.Status;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Section 1 in the window: the service account's password shown once and masked, then used by the later steps. */
class WindowsPagesTest extends WindowTest {

    private void apply(FxRobot robot, Guide g) {
        robot.clickOn("#nav-" + g.id());
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        fx.reveal(robot, "#apply");
        robot.clickOn("#apply");
        waitUntil(() -> fx.sidebarStatus(robot, g) == Status.APPLIED);
    }

    @Test
    void theNewPasswordIsShownMaskedOnceAndThenUsedForTheService(FxRobot robot) throws Exception {
        fx.connect(robot);
        apply(robot, Guide.SERVICE_ACCOUNT);
        waitUntil(() -> robot.lookup("#password-card").tryQuery().isPresent());
        String password = onFx(() -> robot.lookup("#password-once-plain").queryAs(TextField.class).getText());
        assertThat(password).hasSize(24);
        assertThat(onFx(() -> robot.lookup("#password-once-plain").query().isVisible())).as("masked until asked").isFalse();
        fx.reveal(robot, "#password-show");
        robot.clickOn("#password-show");
        assertThat(onFx(() -> robot.lookup("#password-once-plain").query().isVisible())).isTrue();

        robot.clickOn("#nav-" + Guide.FOLDER_PERMISSIONS.id());
        waitUntil(() -> !fx.text(robot, "#current-reason").isEmpty());
        assertThat(fx.text(robot, "#current-reason")).as("read again after the account was created, without Read again")
                .doesNotContain("does not exist yet");
        apply(robot, Guide.LOGON_AS_SERVICE);
        apply(robot, Guide.FOLDER_PERMISSIONS);
        apply(robot, Guide.SERVICE_IDENTITY);
        assertThat(fx.connection.get().simulatedWindows().orElseThrow().lookup("SmarterMail").orElseThrow().account())
                .isEqualTo(".\\smartermail_svc");

        robot.clickOn("#nav-" + Guide.SERVICE_ACCOUNT.id());
        assertThat(robot.lookup("#password-card").tryQuery()).as("kept until the administrator has saved it").isPresent();
        fx.reveal(robot, "#password-saved");
        robot.clickOn("#password-saved");
        assertThat(robot.lookup("#password-card").tryQuery()).isEmpty();
        robot.clickOn("#nav-" + Guide.SERVICE_IDENTITY.id());
        robot.clickOn("#nav-" + Guide.SERVICE_ACCOUNT.id());
        assertThat(robot.lookup("#password-card").tryQuery()).as("shown once only").isEmpty();
        assertThat(journalText()).contains("smartermail_svc").doesNotContain(password);
    }

    @Test
    void theServiceIsNotSwitchedBeforeItsAccountHasTheRightsAndThePageLinksToTheMissingStep(FxRobot robot) {
        fx.connect(robot);
        apply(robot, Guide.SERVICE_ACCOUNT);
        robot.clickOn("#nav-" + Guide.SERVICE_IDENTITY.id());
        waitUntil(() -> fx.text(robot, "#preview-problem").contains("first"));
        fx.settled(robot);
        assertThat(fx.text(robot, "#preview-problem")).contains("Log on as a service");
        assertThat(fx.disabled(robot, "#apply")).isTrue();
        fx.reveal(robot, "#go-" + Guide.LOGON_AS_SERVICE.id());
        robot.clickOn("#go-" + Guide.LOGON_AS_SERVICE.id());
        waitUntil(() -> fx.text(robot, "#step-title").equals(Guide.LOGON_AS_SERVICE.title().text()));
    }

    private static String journalText() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(DataFolder.resolve())) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(p));
            }
        }
        return all.toString();
    }
}
