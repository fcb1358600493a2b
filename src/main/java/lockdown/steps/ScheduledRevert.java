package lockdown.steps;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lockdown.base.LockdownException;
import lockdown.base.Msg;
import lockdown.core.Backend;
import lockdown.core.Guide;
import lockdown.core.RevertScheduler;
import lockdown.windows.Scheduler;

/**
 * The revert of an unconfirmed change as a one-shot Windows scheduled task, run as SYSTEM a minute
 * after the deadline (the running wizard, if it still runs, acts first and removes the task): the
 * installed launcher's {@code undo --local --server URL --change ID --if-unconfirmed}. Only the
 * Windows steps: the task has no SmarterMail login, so API steps are reverted only while the wizard runs.
 */
public final class ScheduledRevert implements RevertScheduler {

    static final Duration GRACE = Duration.ofMinutes(1);

    private final Scheduler scheduler;
    private final String launcher;
    private final String apiUrl;

    /** {@code launcher}: the installed wizard's executable; {@code apiUrl}: the address the target was opened with. */
    public ScheduledRevert(Scheduler scheduler, String launcher, String apiUrl) {
        this.scheduler = scheduler;
        this.launcher = launcher;
        this.apiUrl = apiUrl;
    }

    static String taskName(String changeId) {
        return "Revert " + changeId;
    }

    /** The command line the task runs, as shown to people. */
    List<String> arguments(String changeId) {
        List<String> a = new ArrayList<>(List.of("undo", "--local", "--server", apiUrl, "--change", changeId, "--if-unconfirmed"));
        return a;
    }

    @Override
    public boolean covers(Guide step) {
        return step.backend() == Backend.WINDOWS;
    }

    @Override
    public Msg schedule(String changeId, Guide step, Instant at) {
        try {
            scheduler.once(taskName(changeId), at.plus(GRACE), launcher, arguments(changeId));
            return Msg.of("confirm.scheduled", Scheduler.FOLDER + taskName(changeId));
        } catch (LockdownException e) {
            return Msg.of("confirm.schedule-failed", e.msg());
        }
    }

    @Override
    public void cancel(String changeId) {
        try {
            scheduler.unschedule(taskName(changeId));
        } catch (LockdownException e) {
            // the task undoes nothing once the change is confirmed or reverted: it checks the journal first
        }
    }
}
