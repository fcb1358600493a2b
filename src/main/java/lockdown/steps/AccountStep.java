package lockdown.steps;

import java.util.List;
import java.util.Optional;
import lockdown.base.Msg;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.Setting;
import lockdown.core.Target;
import lockdown.windows.WindowsHost;

/**
 * A step of section 1, about the local account SmarterMail runs as: the one its service logs on as
 * now when that is a local account, else the one this session creates. When the service already
 * logs on as a domain, virtual or managed account, the wizard does not take it for a local one of
 * the same name: the step is manual, and says so.
 */
abstract class AccountStep extends WindowsStep {

    AccountStep(Guide id, List<Setting<?>> settings) {
        super(id, settings);
    }

    /** Reads the step for {@code account}, the local account SmarterMail runs as or will. */
    abstract Finding probe(Target target, WindowsHost w, Install install, String account);

    @Override
    final Finding probe(Target target, WindowsHost w, Install install) {
        Optional<String> other = install.otherAccount(w.computerName());
        if (other.isPresent()) {
            return Finding.manual(id(), Msg.of("service-account.not-local", other.get()));
        }
        return probe(target, w, install, accountFor(target, install));
    }

    /** The local account the service logs on as now, else the one this session works with. */
    static String accountFor(Target target, Install install) {
        String computer = Reach.windows(target).map(WindowsHost::computerName).orElse("");
        return install.service().flatMap(s -> Accounts.localName(s.account(), computer)).orElse(target.context().account());
    }
}
