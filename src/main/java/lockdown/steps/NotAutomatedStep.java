package lockdown.steps;

import java.util.List;
import lockdown.core.Backend;
import lockdown.core.Finding;
import lockdown.core.Msg;
import lockdown.core.Plan;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.Step;
import lockdown.core.StepException;
import lockdown.core.Target;

/**
 * A step the wizard cannot do for the administrator yet: it says so, and the page shows the
 * guide's steps to do it by hand. It never reports compliant or applied.
 */
abstract class NotAutomatedStep implements Step {

    @Override
    public List<Setting> settings() {
        return List.of();
    }

    @Override
    public Finding probe(Target target) {
        boolean onThisServer = target.kind() == Target.Kind.LOCAL_WINDOWS || target.windows().isPresent();
        if (id().backend() == Backend.WINDOWS && !onThisServer) {
            return Finding.notApplicable(id(), Msg.of("step.no-windows"));
        }
        if (id().backend() == Backend.SMARTERMAIL_API && target.api().isEmpty()) {
            return Finding.notApplicable(id(), Msg.of("step.no-api"));
        }
        return Finding.manual(id(), Msg.of("step.not-automated-yet"));
    }

    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        throw new StepException(Msg.of("error.not-automated", id().title(), current.status().label()));
    }
}
