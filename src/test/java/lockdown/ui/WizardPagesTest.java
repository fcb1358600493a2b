package lockdown.ui;

import static lockdown.ui.WizardFixture.onFx;
import static lockdown.ui.WizardFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import lockdown.core.Guide;
import lockdown.core.Outcome;
import lockdown.core.Status;
import lockdown.smartermail.Endpoint;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Validation, failures, every page, keyboard, the elevation banner and closing during an apply. */
class WizardPagesTest extends WindowTest {

    @Test
    void enterOnTheStartPageConnectsAndNeverOpensAnotherButton(FxRobot robot) {
        waitUntil(() -> robot.lookup("#connect").query().getScene().getFocusOwner() == robot.lookup("#connect").query());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fx.model.session() != null && !fx.model.connectingProperty().get());
        assertThat(fx.dialogs.informed).as("no About box").isEmpty();
    }

    @Test
    void everyPageOfTheGuideOpens(FxRobot robot) {
        fx.connect(robot);
        for (Guide g : Guide.values()) {
            robot.clickOn("#nav-" + g.id());
            assertThat(fx.text(robot, "#step-title")).isEqualTo(g.title().text());
            assertThat(fx.text(robot, "#step-why")).isEqualTo(g.explanation().text());
            assertThat(fx.text(robot, "#step-status")).isEqualTo(fx.model.views().get(g).status().label().text());
        }
        robot.clickOn("#nav-summary");
        assertThat(robot.lookup("#summary-table").tryQuery()).isPresent();
    }

    @Test
    void anInvalidAddressDisablesApplyAndNamesTheField(FxRobot robot) {
        fx.connect(robot);
        robot.clickOn("#nav-relay-whitelist");
        robot.clickOn("#ip-add-whitelist");
        robot.clickOn("#ip-address-0");
        robot.write("10.0.0.300");
        waitUntil(() -> fx.text(robot, "#error-whitelist").contains("Whitelist entries: “10.0.0.300” is not an IPv4 or IPv6 address"));
        assertThat(fx.disabled(robot, "#apply")).isTrue();
        assertThat(robot.lookup("#preview-invalid").tryQuery()).isPresent();

        robot.type(KeyCode.BACK_SPACE, 3);
        robot.write("30");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        assertThat(fx.text(robot, "#preview-command-0")).contains("\"address\": \"10.0.0.30\"");
    }

    @Test
    void anOutOfRangeThresholdDisablesApplyAndNamesTheField(FxRobot robot) {
        fx.connect(robot);
        robot.clickOn("#nav-ids-brute-force");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        robot.doubleClickOn("#number-threshold");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("500");
        waitUntil(() -> fx.text(robot, "#error-threshold").equals("Threshold: must be between 1 and 100 failed logins"));
        assertThat(fx.disabled(robot, "#apply")).isTrue();
    }

    @Test
    void aFailingServerShowsTheErrorOnThePageAndRecordsNothingAsApplied(FxRobot robot) {
        fx.connect(robot);
        fx.sim().knobs().fail(Endpoint.SET_SMTP_IN, 500);
        robot.clickOn("#nav-smtp-relay");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        robot.clickOn("#apply");
        waitUntil(() -> fx.text(robot, "#step-result").contains("HTTP 500"));
        assertThat(fx.text(robot, "#step-result")).contains("Saving the SMTP relay setting failed").contains("Nothing was changed");
        assertThat(fx.sidebarStatus(robot, Guide.SMTP_RELAY)).isEqualTo(Status.AT_RISK);
        assertThat(fx.model.session().changes()).noneMatch(c -> c.outcome() == Outcome.VERIFIED);
        assertThat(fx.sim().state().allowRelay()).isEqualTo("Anyone");
    }

    @Test
    void theKeyboardDrivesTheWizard(FxRobot robot) {
        robot.clickOn("#target-remote");
        robot.clickOn("#server-url").write(fx.remote().url());
        robot.clickOn("#username").write("admin");
        robot.clickOn("#password").write(lockdown.sim.SimulatedSmarterMail.DEMO_PASSWORD);
        robot.push(KeyCode.ENTER);
        waitUntil(() -> fx.model.session() != null && !fx.model.connectingProperty().get());
        assertThat(fx.text(robot, "#step-title")).isEqualTo(Guide.SERVER_BUILD.title().text());
        robot.push(KeyCode.ENTER);
        assertThat(fx.text(robot, "#step-title")).as("Enter is Next").isEqualTo(Guide.SERVICE_ACCOUNT.title().text());
        robot.push(KeyCode.ENTER);
        assertThat(fx.text(robot, "#step-title")).isEqualTo(Guide.LOGON_AS_SERVICE.title().text());
        robot.push(KeyCode.ALT, KeyCode.B);
        assertThat(fx.text(robot, "#step-title")).as("Alt+B is Back").isEqualTo(Guide.SERVICE_ACCOUNT.title().text());
        robot.clickOn("#nav-start");
        assertThat(WizardFixture.onFx(() -> ((javafx.scene.control.PasswordField) robot.lookup("#password").query()).getText()))
                .as("the password field is cleared once used").isEmpty();
    }

    @Test
    void theTwoFactorFieldTakesTheCodeWhenTheServerAsksForOne(FxRobot robot) {
        lockdown.core.Totp totp = lockdown.core.Totp.random();
        fx.remote().enableTwoFactor("admin", totp, false);
        robot.clickOn("#target-remote");
        robot.clickOn("#server-url").write(fx.remote().url());
        robot.clickOn("#username").write("admin");
        robot.clickOn("#password").write(lockdown.sim.SimulatedSmarterMail.DEMO_PASSWORD);
        robot.clickOn("#connect");
        waitUntil(() -> fx.text(robot, "#connect-error").contains("enter the current code"));
        assertThat(robot.lookup("#two-factor-code").query().isVisible()).isTrue();
        assertThat(fx.model.session()).isNull();
        robot.clickOn("#two-factor-code").write(totp.code(java.time.Instant.now()));
        robot.push(KeyCode.ENTER);
        waitUntil(() -> fx.model.session() != null && !fx.model.connectingProperty().get());
        assertThat(fx.model.session().target().kind()).isEqualTo(lockdown.core.Target.Kind.REMOTE);
        assertThat(fx.sidebarStatus(robot, Guide.SERVICE_ACCOUNT)).as("Windows steps need the wizard on the server")
                .isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void aCodeTypedBeforehandGoesWithTheFirstLoginOfAnOlderServer(FxRobot robot) {
        lockdown.core.Totp totp = lockdown.core.Totp.random();
        fx.remote().enableTwoFactor("admin", totp, true);
        robot.clickOn("#target-remote");
        robot.clickOn("#server-url").write(fx.remote().url());
        robot.clickOn("#username").write("admin");
        robot.clickOn("#password").write(lockdown.sim.SimulatedSmarterMail.DEMO_PASSWORD);
        robot.clickOn("#two-factor-code").write(totp.code(java.time.Instant.now()));
        robot.clickOn("#connect");
        waitUntil(() -> fx.model.session() != null && !fx.model.connectingProperty().get());
        assertThat(fx.remote().logins()).as("one login, with the code").isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsShownOnTheStartPageAndNotRetried(FxRobot robot) {
        robot.clickOn("#target-remote");
        robot.clickOn("#server-url").write(fx.remote().url());
        robot.clickOn("#username").write("admin");
        robot.clickOn("#password").write("Wrong-Guess-1");
        robot.clickOn("#connect");
        waitUntil(() -> fx.text(robot, "#connect-error").contains("rejected the user name or password"));
        assertThat(fx.text(robot, "#connect-error")).contains("does not try again").doesNotContain("Wrong-Guess-1");
        assertThat(fx.model.session()).isNull();
        robot.clickOn("#server-url").eraseText(fx.remote().url().length()).write("ftp://x");
        robot.clickOn("#connect");
        assertThat(fx.text(robot, "#connect-error")).startsWith("Server URL: ");
    }

    @Test
    void closingDuringAnApplyAsksFirst(FxRobot robot) {
        fx.connect(robot);
        fx.sim().knobs().latency(Endpoint.SET_SMTP_IN, Duration.ofSeconds(2));
        robot.clickOn("#nav-smtp-relay");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        robot.clickOn("#apply");
        waitUntil(() -> fx.model.changingProperty().get() == 1);
        assertThat(fx.disabled(robot, "#apply")).as("no second apply while one runs").isTrue();
        fx.dialogs.closeAnswer = false;
        robot.interact(() -> fx.stage.fireEvent(new WindowEvent(fx.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(fx.dialogs.closeAsked).isEqualTo(1);
        assertThat(fx.stage.isShowing()).isTrue();
        waitUntil(() -> fx.sidebarStatus(robot, Guide.SMTP_RELAY) == Status.APPLIED);
    }

    @Test
    void withoutAdministratorRightsWindowsStepsAreReadOnly(FxRobot robot) {
        fx.beforeProbe = c -> c.simulatedWindows().orElseThrow().elevated(false);
        fx.connect(robot);
        assertThat(robot.lookup("#elevation-banner").query().isVisible()).isTrue();
        robot.clickOn("#nav-service-account");
        waitUntil(() -> robot.lookup("#preview-command-0").tryQuery().isPresent());
        assertThat(fx.disabled(robot, "#apply")).as("Windows steps can only be read").isTrue();
        robot.clickOn("#restart-elevated");
        waitUntil(() -> !fx.dialogs.informed.isEmpty());
        assertThat(fx.dialogs.informed).singleElement().satisfies(t -> assertThat(t).contains("cannot restart the wizard"));
    }

    @Test
    void aboutSaysTheVersionAndWhereTheJournalIs(FxRobot robot) {
        robot.clickOn("#about");
        waitUntil(() -> !fx.dialogs.informed.isEmpty());
        assertThat(fx.dialogs.informed).singleElement().satisfies(t -> assertThat(t)
                .contains("SmarterMail Lockdown " + lockdown.core.Version.current())
                .contains(lockdown.core.DataFolder.resolve().toString()).contains("MIT License"));
        assertThat(lockdown.core.Version.current()).matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
