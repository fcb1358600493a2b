package lockdown.ui;

import static lockdown.ui.WizardFixture.onFx;
import static lockdown.ui.WizardFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import lockdown.core.Guide;
import lockdown.core.Lockout;
import lockdown.core.Status;
import lockdown.core.Totp;
import lockdown.sim.SimulatedSmarterMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;

/** The SmarterMail steps that need more than a value: enrolment, the lockout guard, unblocking, logging in again. */
class WizardApiStepsTest extends WindowTest {

    private void connectRemote(FxRobot robot) {
        robot.clickOn("#target-remote");
        robot.clickOn("#server-url").write(fx.remote().url());
        robot.clickOn("#username").write("admin");
        robot.clickOn("#password").write(SimulatedSmarterMail.DEMO_PASSWORD);
        robot.clickOn("#connect");
    }

    @Test
    void enrolsTheWizardsOwnAccountWithTheQrCodeAndACheckedCode(FxRobot robot) {
        fx.connect(robot);
        robot.clickOn("#nav-admin-2fa");
        assertThat(fx.text(robot, "#step-why")).contains("administrators.json");
        waitUntil(() -> robot.lookup("#preview-empty").tryQuery().isPresent() || robot.lookup("#preview-command-0").tryQuery().isPresent());
        assertThat(robot.lookup("#preview-invalid").tryQuery()).as("nothing typed, nothing red").isEmpty();
        assertThat(robot.lookup("#preview-problem").tryQuery()).as("requiring it is not proposed before your own account enrolled")
                .isEmpty();
        robot.clickOn("#enrol-setup");
        waitUntil(() -> robot.lookup("#enrol-qr").tryQuery().isPresent());
        String secret = fx.text(robot, "#enrol-secret").replace(" ", "");
        Totp totp = Totp.fromBase32(secret);

        fx.focus(robot, "#enrol-code");
        robot.write(totp.code(Instant.now().plusSeconds(900)));
        waitUntil(() -> fx.text(robot, "#preview-problem").contains("the code does not match the secret for admin"));
        assertThat(fx.disabled(robot, "#apply")).isTrue();

        fx.focus(robot, "#enrol-code");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(totp.code(Instant.now()));
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        robot.clickOn("#apply");
        waitUntil(() -> fx.text(robot, "#step-result").contains("applied and verified"));
        assertThat(fx.sim().state().admin("admin").path("twoFactorEnabled").asBoolean()).isTrue();
        waitUntil(() -> fx.text(robot, "#enrol-status").contains("admin: enrolled"));
        assertThat(robot.lookup("#enrol-secret").tryQuery()).as("the secret is not shown again").isEmpty();
        assertThat(robot.lookup("#enrol-qr").tryQuery()).isEmpty();
        assertThat(onFx(() -> robot.lookup("#enrol-account").queryAs(javafx.scene.control.ComboBox.class).getValue()))
                .as("the next administrator without two-factor").isEqualTo("backup-admin");
        waitUntil(() -> robot.lookup("#preview-command-0").tryQuery().isPresent());
        assertThat(robot.lookup("#preview-problem").tryQuery()).isEmpty();
        assertThat(onFx(() -> robot.lookup("#flag-require-two-factor").queryAs(javafx.scene.control.CheckBox.class).isSelected()))
                .as("now your own account has enrolled, requiring it is proposed").isTrue();
    }

    @Test
    void aListThatShutsOutThisComputerNeedsThePhrase(FxRobot robot) {
        fx.connect(robot);
        robot.clickOn("#nav-admin-ip-restrictions");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        assertThat(fx.text(robot, "#current-reason")).contains("admin, backup-admin");
        robot.doubleClickOn("#acct-admin-address-0");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("10.20.0.0/16");
        waitUntil(() -> robot.lookup("#preview-problem").tryQuery().isPresent());
        assertThat(fx.text(robot, "#preview-problem")).contains("leaves out 127.0.0.1").contains(Lockout.phrase());
        assertThat(fx.disabled(robot, "#apply")).isTrue();
        fx.focus(robot, "#text-confirm-lockout");
        robot.write(Lockout.phrase());
        waitUntil(() -> !fx.disabled(robot, "#apply"));
    }

    @Test
    void aLockedOutAddressIsUnblockedFromTheWhitelistPage(FxRobot robot) {
        fx.connect(robot);
        robot.clickOn("#nav-relay-whitelist");
        waitUntil(() -> robot.lookup("#offer-198_51_100_23").tryQuery().isPresent());
        fx.reveal(robot, "#offer-198_51_100_23");
        robot.clickOn("#offer-198_51_100_23");
        waitUntil(() -> fx.text(robot, "#step-result").contains("Unblock 198.51.100.23: done"));
        assertThat(fx.sim().state().blocks()).hasSize(1);
        waitUntil(() -> robot.lookup("#offer-198_51_100_23").tryQuery().isEmpty());
    }

    @Test
    void theExtensionEditorShowsWhatWouldChangeAndWhy(FxRobot robot) {
        fx.connect(robot);
        robot.clickOn("#nav-extension-blacklists");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        assertThat(fx.text(robot, "#ext-diff-inbound")).startsWith("Compared with the server now: adds ").contains("aspx")
                .endsWith("removes -.");
        java.util.function.Predicate<javafx.scene.Node> aspxReason = n -> n instanceof javafx.scene.control.Labeled l
                && ".aspx: ASP.NET page: IIS runs it as code on the server (a web shell).".equals(l.getText());
        assertThat(robot.lookup(aspxReason).tryQuery()).as("laid out only when opened").isEmpty();
        robot.interact(() -> robot.lookup("#ext-why-inbound").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true));
        assertThat(robot.lookup(aspxReason).tryQuery()).isPresent();
        robot.clickOn("#apply");
        waitUntil(() -> fx.sidebarStatus(robot, Guide.EXTENSION_BLACKLISTS) == Status.APPLIED);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void twoFactorLoginInBothServerFlows(boolean legacy, FxRobot robot) {
        Totp totp = Totp.random();
        fx.remote().enableTwoFactor("admin", totp, legacy);
        connectRemote(robot);
        waitUntil(() -> fx.text(robot, "#connect-error").contains("enter the current code"));
        robot.clickOn("#two-factor-code").write(totp.code(Instant.now()));
        robot.push(KeyCode.ENTER);
        waitUntil(() -> fx.model.session() != null && !fx.model.connectingProperty().get());
        robot.clickOn("#nav-start");
        assertThat(robot.lookup("#api-report").tryQuery()).isPresent();
    }

    @Test
    void aRejectedRenewalAsksOnceToLogInAgain(FxRobot robot) {
        connectRemote(robot);
        waitUntil(() -> fx.model.session() != null && !fx.model.connectingProperty().get());
        robot.clickOn("#nav-smtp-relay");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        fx.remote().expireAccessTokens();
        fx.remote().revokeRefreshTokens();
        fx.dialogs.relogins.add(new Dialogs.Relogin(SimulatedSmarterMail.DEMO_PASSWORD.toCharArray(), ""));
        robot.clickOn("#apply");
        waitUntil(() -> fx.text(robot, "#login-note").startsWith("Logged in again"));
        assertThat(fx.dialogs.reloginAsked).isEqualTo(1);
        assertThat(fx.text(robot, "#step-result")).contains("Log in again").containsOnlyOnce("othing was changed");
        assertThat(fx.remote().state().allowRelay()).isEqualTo("Anyone");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        robot.clickOn("#apply");
        waitUntil(() -> fx.sidebarStatus(robot, Guide.SMTP_RELAY) == Status.APPLIED);
        assertThat(fx.dialogs.reloginAsked).isEqualTo(1);
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedUntilAllowedWithAWarning(FxRobot robot) {
        robot.clickOn("#target-remote");
        robot.clickOn("#server-url").write("http://192.0.2.10:9998");
        robot.clickOn("#username").write("admin");
        robot.clickOn("#password").write("not-sent");
        robot.clickOn("#connect");
        waitUntil(() -> fx.text(robot, "#connect-error").contains("Server URL: plain http:// would send the password in clear"));
        assertThat(fx.model.session()).isNull();
        assertThat(robot.lookup("The password will cross the network unencrypted").tryQuery()).as("no warning yet").isEmpty();
        robot.clickOn("#allow-plain-http");
        waitUntil(() -> robot.lookup(".warning-text").tryQuery().filter(javafx.scene.Node::isVisible).isPresent());
        assertThat(fx.text(robot, ".warning-text")).contains("unencrypted");
    }

    @Test
    void theStartPageListsTheServersApi(FxRobot robot) {
        fx.remote().knobs().missing(lockdown.smartermail.Endpoint.LIST_IDS_RULES);
        connectRemote(robot);
        waitUntil(() -> fx.model.session() != null && !fx.model.connectingProperty().get());
        robot.clickOn("#nav-start");
        assertThat(WizardFixture.onFx(() -> robot.lookup("#api-report").query().isVisible())).isTrue();
        assertThat(robot.lookup("missing (HTTP 404 or 405): those steps are manual here").tryQuery()).isPresent();
        assertThat(fx.sidebarStatus(robot, Guide.IDS_BRUTE_FORCE)).isEqualTo(Status.MANUAL);
        assertThat(WizardFixture.onFx(() -> ((TextField) robot.lookup("#api-map").query()).isDisabled())).isFalse();
    }
}
