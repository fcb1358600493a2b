package lockdown.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import lockdown.base.LockdownException;
import lockdown.base.Msg;

/** Starts the JavaFX toolkit once and stops it again: the self-test's proof that the window can open. */
public final class ToolkitCheck {

    private ToolkitCheck() {
    }

    public static Msg run() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            return Msg.of("self-test.window-running");
        }
        if (!started.await(20, TimeUnit.SECONDS)) {
            throw new LockdownException(Msg.of("self-test.window-slow"));
        }
        Platform.exit();
        return Msg.of("self-test.window");
    }
}
