package lockdown.ui;

import static lockdown.ui.WizardFixture.onFx;
import static lockdown.ui.WizardFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import lockdown.core.Guide;
import lockdown.core.Status;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A change that could cut someone off: the page counts down, and it is kept only when the administrator says so. */
class ConfirmPageTest extends WindowTest {

    private void applyBindings(FxRobot robot) {
        robot.clickOn("#nav-" + Guide.WEBMAIL_BINDINGS.id());
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        robot.clickOn("#apply");
        waitUntil(() -> robot.lookup("#card-confirm").tryQuery().map(n -> n.isVisible()).orElse(false));
    }

    @Test
    void keepingTheChangeEndsTheCountdown(FxRobot robot) {
        fx.connect(robot);
        applyBindings(robot);
        assertThat(fx.text(robot, "#confirm-countdown")).matches("undone by itself in [45]:\\d\\d");
        assertThat(fx.text(robot, "#confirm-text")).contains("a scheduled task");
        robot.clickOn("#keep-change");
        waitUntil(() -> fx.text(robot, "#step-result").contains("is kept"));
        assertThat(onFx(() -> robot.lookup("#card-confirm").query().isVisible())).isFalse();
        assertThat(fx.sidebarStatus(robot, Guide.WEBMAIL_BINDINGS)).isEqualTo(Status.APPLIED);
        assertThat(fx.connection.get().simulatedWindows().orElseThrow().tasks()).as("no revert left scheduled").isEmpty();
    }

    @Test
    void withoutAKeepInTimeTheChangeIsUndoneByItself(FxRobot robot) {
        fx.connect(robot);
        robot.interact(() -> fx.model.session().confirmWithin(Duration.ofSeconds(2)));
        applyBindings(robot);
        waitUntil(() -> fx.text(robot, "#step-result").contains("undone by itself"));
        assertThat(fx.text(robot, "#step-result")).contains("nobody confirmed it in time");
        assertThat(onFx(() -> robot.lookup("#card-confirm").query().isVisible())).isFalse();
        waitUntil(() -> fx.sidebarStatus(robot, Guide.WEBMAIL_BINDINGS) == Status.AT_RISK);
    }
}
