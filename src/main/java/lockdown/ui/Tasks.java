package lockdown.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Runs {@link BackgroundTask}s off the FX Application Thread and hands their results back on it.
 * Counts what is running, so the window can show progress and ask before closing during an apply.
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
     * Starts the task; call on the FX thread. Once the window is closing (the executor shut down)
     * new tasks are dropped, and nothing of theirs runs.
     */
    public <T> BackgroundTask.Handle start(BackgroundTask<T> task) {
        if (executor.isShutdown()) {
            return BackgroundTask.Handle.NONE;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        running.set(running.get() + 1);
        task.running();
        executor.execute(() -> {
            T result = null;
            RuntimeException failure = null;
            try {
                result = task.work();
            } catch (RuntimeException e) {
                failure = e;
            }
            T done = result;
            RuntimeException failed = failure;
            Platform.runLater(() -> {
                running.set(running.get() - 1);
                if (!cancelled.get()) {
                    if (failed == null) {
                        task.succeeded(done);
                    } else {
                        task.failed(failed);
                    }
                }
                task.finished();
            });
        });
        return () -> cancelled.set(true);
    }

    /** The short form: work, then exactly one of the callbacks on the FX thread. */
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<RuntimeException> onFailure) {
        start(BackgroundTask.of(work).onSuccess(onSuccess).onFailure(onFailure));
    }
}
