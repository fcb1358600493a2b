package lockdown.windows.jna;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lockdown.windows.Scheduler;
import lockdown.windows.Scripts;
import lockdown.windows.WinArgs;

/** Windows' Task Scheduler through the ScheduledTasks PowerShell module (task-register.ps1, task-remove.ps1). */
final class TaskScheduler implements Scheduler {

    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    @Override
    public void once(String name, Instant at, String program, List<String> arguments) {
        PowerShell.run(Scripts.Script.TASK_REGISTER, Map.of("folder", FOLDER, "name", name, "at", at.toString(), "program", program,
                "arguments", WinArgs.join(arguments)), TIMEOUT);
    }

    @Override
    public void unschedule(String name) {
        PowerShell.run(Scripts.Script.TASK_REMOVE, Map.of("folder", FOLDER, "name", name), TIMEOUT);
    }
}
