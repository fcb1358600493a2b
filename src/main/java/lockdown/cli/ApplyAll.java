package lockdown.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lockdown.base.LockdownException;
import lockdown.base.Msg;
import lockdown.core.Change;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.Outcome;
import lockdown.core.Plan;
import lockdown.core.ProbeResult;
import lockdown.core.Session;
import lockdown.core.Settings;
import lockdown.core.Step;

/**
 * {@code apply --profile FILE --all}: every step the wizard can change here, in the guide's order,
 * to the profile's values (the guide's where the profile names none). Stops at the first change
 * that fails (that change is rolled back), reports what ran, and passes over what needs a person
 * (an enrolment, a step to do by hand) without failing. A server that already matches changes
 * nothing and says "0 changed".
 */
final class ApplyAll {

    /** What happened to one step: changed, unchanged, passed over (and why), or failed. */
    record Ran(Guide step, String what, String change, String reason) {
    }

    private final PrintStream out;
    private final boolean quiet;
    private final List<Ran> ran = new ArrayList<>();
    private int changed;
    private boolean failed;

    ApplyAll(PrintStream out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    /** Runs every step; {@code plan} makes a step's plan (asking for an account's password where needed). */
    void run(Session session, boolean dryRun, java.util.function.BiFunction<Step, Settings, Plan> plan) {
        for (Guide g : Guide.steps()) {
            Step step = session.step(g);
            Finding f = session.view(g).latest();
            if (f == null || f.result() == ProbeResult.NOT_APPLICABLE) {
                continue;
            }
            if (f.result() == ProbeResult.ACCEPTED_RISK) {
                note(g, "apply-all.accepted", null, f.reason());
                continue;
            }
            if (!step.automated(f)) {
                note(g, "apply-all.passed-over", null, f.reason());
                continue;
            }
            Plan p;
            try {
                p = plan.apply(step, lockdown.core.Profile.settable(step.settings(), f.recommended()));
            } catch (LockdownException needsAPerson) {
                // A precondition the profile cannot meet (enrol your own account first, say): a person's turn.
                note(g, "apply-all.passed-over", null, needsAPerson.msg());
                continue;
            }
            if (p.isEmpty()) {
                note(g, "apply-all.unchanged", null, null);
                continue;
            }
            if (dryRun) {
                if (!quiet) {
                    Printing.plan(out, p);
                }
                note(g, "apply-all.would-change", null, null);
                changed++;
                continue;
            }
            Optional<Change> c = session.apply(p);
            if (c.isEmpty()) {
                note(g, "apply-all.unchanged", null, null);
                continue;
            }
            if (!quiet) {
                Printing.change(out, c.get());
            }
            if (c.get().outcome() != Outcome.VERIFIED) {
                note(g, "apply-all.failed", c.get().id(), c.get().result());
                failed = true;
                return;
            }
            changed++;
            note(g, "apply-all.changed", c.get().id(), null);
        }
    }

    /** Keeps what happened to a step ({@code key} is its message, "apply-all.changed"; the result is the part after the dot). */
    private void note(Guide g, String key, String change, Msg reason) {
        ran.add(new Ran(g, key.substring(key.indexOf('.') + 1), change, reason == null ? null : reason.text()));
        if (!quiet) {
            out.println(Msg.of(key, g.id(), reason == null ? "" : reason).text());
        }
    }

    List<Ran> ran() {
        return ran;
    }

    int changed() {
        return changed;
    }

    boolean failed() {
        return failed;
    }
}
