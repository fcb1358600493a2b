package lockdown.ui;

import static lockdown.ui.WizardFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import lockdown.core.Guide;
import lockdown.core.Status;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Writes PNGs of every page to target/screenshots for people to look at, and the README's pictures
 * (start page, a Windows step, an API step, the summary) to docs/screenshots when they changed.
 */
class ScreenshotTest extends WindowTest {

    @Test
    void writesScreenshotsOfTheMainPages(FxRobot robot) throws Exception {
        fx.screenshot("1-start");
        fx.docsScreenshot("start");
        fx.connect(robot);
        robot.clickOn("#nav-smtp-relay");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        fx.screenshot("2-step-smtp-relay");
        fx.docsScreenshot("api-step");
        robot.clickOn("#apply");
        waitUntil(() -> fx.sidebarStatus(robot, Guide.SMTP_RELAY) == Status.APPLIED);
        fx.screenshot("3-step-applied");
        robot.clickOn("#nav-ids-brute-force");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        fx.screenshot("4-step-ids");
        robot.clickOn("#nav-service-account");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        fx.screenshot("5-step-service-account");
        robot.clickOn("#apply");
        waitUntil(() -> fx.sidebarStatus(robot, Guide.SERVICE_ACCOUNT) == Status.APPLIED);
        robot.clickOn("#nav-logon-as-service");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        fx.settled(robot);
        fx.docsScreenshot("windows-step");
        robot.clickOn("#nav-webmail-bindings");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        fx.screenshot("11-step-webmail-bindings");
        robot.clickOn("#nav-webmail-ip-restrictions");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        fx.screenshot("12-step-webmail-ip");
        robot.clickOn("#nav-admin-2fa");
        fx.screenshot("7-step-admin-2fa");
        robot.clickOn("#nav-admin-ip-restrictions");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        fx.screenshot("8-step-admin-ip");
        robot.clickOn("#nav-extension-blacklists");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        fx.screenshot("9-step-extensions");
        robot.clickOn("#nav-relay-whitelist");
        fx.screenshot("10-step-whitelist");
        robot.clickOn("#nav-summary");
        fx.summaryShown(robot);
        fx.screenshot("6-summary");
        fx.docsScreenshot("summary");
        for (String name : new String[] {"1-start", "2-step-smtp-relay", "6-summary"}) {
            Path p = Path.of("target", "screenshots", name + ".png");
            assertThat(p).exists();
            assertThat(Files.size(p)).isGreaterThan(10_000);
        }
    }
}
