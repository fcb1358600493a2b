package lockdown.steps;

import java.util.Set;
import lockdown.core.Finding;
import lockdown.base.Msg;
import lockdown.core.Risk;
import lockdown.core.Guide;
import lockdown.core.Setting;
import java.util.List;
import lockdown.core.Target;
import lockdown.windows.WindowsHost;

/**
 * A step done on the Windows server itself. From anywhere else it does not apply; on the server,
 * SmarterMail's service, folders and IIS site are discovered first.
 */
abstract class WindowsStep extends AbstractStep {

    static final Set<Risk> ELEVATED = Set.of(Risk.NEEDS_ELEVATION);

    WindowsStep(Guide id, List<Setting<?>> settings) {
        super(id, settings);
    }

    abstract Finding probe(Target target, WindowsHost w, Install install);

    @Override
    public final Finding probe(Target target) {
        if (Reach.windows(target).isEmpty()) {
            return target.kind() == Target.Kind.LOCAL_WINDOWS
                    ? Finding.manual(id(), Msg.of("step.windows-unavailable"))
                    : Finding.notApplicable(id(), Msg.of("step.no-windows"));
        }
        WindowsHost w = Reach.windows(target).get();
        return probe(target, w, Install.discover(w));
    }

    static WindowsHost windows(Target target) {
        return Reach.windows(target).orElseThrow();
    }
}
