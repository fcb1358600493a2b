package lockdown.ui;

import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Runs slow work (HTTP, Windows calls) off the FX Application Thread and hands the result or the
 * failure back on it. Counts what is running, so the window can show progress and ask before
 * closing during an apply.
 */
public final class Tasks {

    private final ExecutorService executor;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    public Tasks(ExecutorService executor) {
        this.executor = executor;
    }

    public ExecutorService executor() {
        return executor;
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Runs {@code work} in the background; exactly one of the callbacks runs on the FX thread.
     * Once the window is closing (the executor shut down) new work is dropped.
     */
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<RuntimeException> onFailure) {
        if (executor.isShutdown()) {
            return;
        }
        running.set(running.get() + 1);
        executor.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    running.set(running.get() - 1);
                    onFailure.accept(e);
                });
                return;
            }
            T done = result;
            Platform.runLater(() -> {
                running.set(running.get() - 1);
                onSuccess.accept(done);
            });
        });
    }
}
