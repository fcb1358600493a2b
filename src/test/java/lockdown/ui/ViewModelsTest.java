package lockdown.ui;

import static lockdown.ui.WizardFixture.onFx;
import static lockdown.ui.WizardFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lockdown.base.Msg;
import lockdown.core.Guide;
import lockdown.core.Target;
import lockdown.smartermail.ApiException;
import lockdown.smartermail.Endpoint;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The page models hold the form, its validation and what may be done, without any control. */
class ViewModelsTest extends WindowTest {

    @Test
    void theStepModelHoldsTypedValuesAndSaysWhenApplyIsPossible(FxRobot robot) {
        fx.connect(robot);
        StepModel m = onFx(() -> new StepModel(Guide.IDS_BRUTE_FORCE, fx.model));
        FormField<?> threshold = onFx(() -> m.form().stream().filter(f -> f.setting().key().equals("threshold")).findFirst()
                .orElseThrow());
        assertThat(onFx(() -> threshold.valueProperty().get())).as("the recommendation, typed").isEqualTo(5);
        waitUntil(() -> m.canApplyProperty().get());

        robot.interact(() -> threshold.input(0));
        assertThat(onFx(() -> threshold.errorProperty().get().text())).contains("Threshold").contains("between 1 and 100");
        assertThat(onFx(() -> m.canApplyProperty().get())).isFalse();
        assertThat(onFx(m::desired)).isEmpty();

        robot.interact(m::useRecommended);
        assertThat(onFx(() -> threshold.errorProperty().get())).isNull();
        waitUntil(() -> m.canApplyProperty().get());
        robot.interact(() -> m.apply(() -> { }));
        waitUntil(() -> m.resultProperty().get() != null);
        assertThat(onFx(() -> m.resultProperty().get().ok())).isTrue();
        waitUntil(() -> m.canUndoProperty().get());
        assertThat(fx.sim().state().idsRules()).as("the server holds the recommended threshold")
                .anySatisfy(r -> assertThat(r.path("threshold").asInt()).isEqualTo(5));
    }

    @Test
    void aReplacedTaskNeverDeliversItsResult(FxRobot robot) throws Exception {
        Tasks tasks = new Tasks(Executors.newVirtualThreadPerTaskExecutor());
        TaskSlot slot = onFx(() -> new TaskSlot(tasks));
        CountDownLatch slowMayEnd = new CountDownLatch(1);
        List<String> delivered = new CopyOnWriteArrayList<>();
        AtomicInteger finished = new AtomicInteger();
        robot.interact(() -> slot.replace(BackgroundTask.of(() -> {
            try {
                slowMayEnd.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "stale";
        }).onSuccess(delivered::add).onFinished(finished::incrementAndGet)));
        robot.interact(() -> slot.replace(BackgroundTask.of(() -> "fresh").onSuccess(delivered::add)
                .onFinished(finished::incrementAndGet)));
        waitUntil(() -> delivered.contains("fresh"));
        assertThat(onFx(slot::isRunning)).as("the latest task has finished").isFalse();
        slowMayEnd.countDown();
        waitUntil(() -> finished.get() == 2);
        assertThat(delivered).containsExactly("fresh");
        assertThat(onFx(slot::isRunning)).isFalse();
        assertThat(onFx(() -> slot.startIfIdle(BackgroundTask.of(() -> "x")))).isTrue();
    }

    @Test
    void theStartModelNamesTheBadFieldAndAsksForTheCodeWhenTheServerDoes(FxRobot robot) {
        AtomicInteger opened = new AtomicInteger();
        WizardModel wizard = onFx(() -> new WizardModel(r -> {
            opened.incrementAndGet();
            throw new ApiException(ApiException.Kind.TWO_FACTOR_REQUIRED, Endpoint.AUTHENTICATE_USER, Msg.of("login.two-factor-needed"));
        }, new Tasks(fx.executor)));
        StartModel start = onFx(() -> new StartModel(wizard, false));
        robot.interact(() -> {
            start.kindProperty().set(Target.Kind.REMOTE);
            start.urlProperty().set("ftp://mail.example.com");
            start.userProperty().set("admin");
            start.passwordProperty().set("pw");
            start.connect();
        });
        assertThat(onFx(() -> start.errorProperty().get())).contains("Server URL");
        assertThat(opened).hasValue(0);

        robot.interact(() -> {
            start.urlProperty().set("https://mail.example.com");
            start.connect();
        });
        waitUntil(() -> start.codeWantedProperty().get());
        assertThat(opened).hasValue(1);
        assertThat(onFx(() -> start.passwordProperty().get())).as("kept for the second try with the code").isEqualTo("pw");
        assertThat(onFx(() -> start.errorProperty().get())).isNotBlank();
    }
}
