package lockdown.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One kind of work of a page, one at a time, with whether it is running as a property the page
 * binds to. {@link #replace} drops the result of the one before (a preview made stale by typing);
 * {@link #startIfIdle} refuses while one runs (an apply).
 */
final class TaskSlot {

    private final Tasks tasks;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private BackgroundTask.Handle current = BackgroundTask.Handle.NONE;
    private int started;

    TaskSlot(Tasks tasks) {
        this.tasks = tasks;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    boolean isRunning() {
        return running.get();
    }

    /** Starts the task, cancelling the one running: only the latest one's result arrives. */
    <T> void replace(BackgroundTask<T> task) {
        current.cancel();
        start(task);
    }

    /** Starts the task unless one is running; whether it started. */
    <T> boolean startIfIdle(BackgroundTask<T> task) {
        if (running.get()) {
            return false;
        }
        start(task);
        return true;
    }

    /** Drops the result of the running task, if any. */
    void cancel() {
        current.cancel();
        started++;
        running.set(false);
    }

    private <T> void start(BackgroundTask<T> task) {
        int mine = ++started;
        running.set(true);
        current = tasks.start(task.andFinally(() -> {
            if (mine == started) {
                running.set(false);
            }
        }));
    }
}
