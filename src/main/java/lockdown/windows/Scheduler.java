package lockdown.windows;

import java.time.Instant;
import java.util.List;

/** One-shot tasks of Windows' Task Scheduler, in the wizard's own folder, running as SYSTEM. */
public interface Scheduler {

    /** The Task Scheduler folder the wizard's tasks live in. */
    String FOLDER = "\\SmarterMail Lockdown\\";

    /** Registers (or replaces) a task that runs {@code program} with {@code arguments} once at {@code at}, as SYSTEM. */
    void once(String name, Instant at, String program, List<String> arguments);

    /** Removes the task; nothing happens when there is none. */
    void unschedule(String name);
}
