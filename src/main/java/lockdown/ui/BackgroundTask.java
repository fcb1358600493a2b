package lockdown.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Slow work (HTTP, Windows calls, files) to run off the FX Application Thread, and what to do on the
 * FX thread around it: {@code onRunning} before it starts, then {@code onSuccess} with the result
 * or {@code onFailure} with the error (neither once the task was cancelled), and always
 * {@code onFinished} last. Started by {@link Tasks#start}.
 */
public final class BackgroundTask<T> {

    private final Supplier<T> work;
    private Runnable onRunning = () -> { };
    private Consumer<T> onSuccess = r -> { };
    private Consumer<RuntimeException> onFailure = e -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Supplier<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(Supplier<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Work that returns nothing. */
    public static BackgroundTask<Void> of(Runnable work) {
        return new BackgroundTask<>(() -> {
            work.run();
            return null;
        });
    }

    public BackgroundTask<T> onRunning(Runnable r) {
        onRunning = r;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> c) {
        onSuccess = c;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<RuntimeException> c) {
        onFailure = c;
        return this;
    }

    public BackgroundTask<T> onFinished(Runnable r) {
        onFinished = r;
        return this;
    }

    /** Runs {@code r} after the task's own {@code onFinished}. */
    BackgroundTask<T> andFinally(Runnable r) {
        Runnable before = onFinished;
        onFinished = () -> {
            before.run();
            r.run();
        };
        return this;
    }

    T work() {
        return work.get();
    }

    void running() {
        onRunning.run();
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(RuntimeException e) {
        onFailure.accept(e);
    }

    void finished() {
        onFinished.run();
    }

    /** A started task: cancelling it drops its result (the work itself runs to its end). */
    public interface Handle {

        /** A handle for a task that never ran. */
        Handle NONE = () -> { };

        void cancel();
    }
}
