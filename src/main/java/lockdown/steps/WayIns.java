package lockdown.steps;

import java.util.Optional;
import java.util.function.Supplier;
import lockdown.base.Msg;
import lockdown.core.Target;
import lockdown.core.WayIn;
import lockdown.windows.ServiceInfo;
import lockdown.windows.Site;
import lockdown.windows.WindowsHost;

/** The fresh checks that the way in still works, for the steps that could cut someone off. */
final class WayIns {

    private WayIns() {
    }

    static WayIn of(Msg what, Supplier<Optional<Msg>> check) {
        return new WayIn() {
            @Override
            public Msg what() {
                return what;
            }

            @Override
            public Optional<Msg> problem() {
                return check.get();
            }
        };
    }

    /**
     * For a plan the administrator confirmed would shut out this machine: the fresh check from here
     * would fail by design, so there is none; the change still waits for a confirmation.
     */
    static Optional<WayIn> unlessShutOutOnPurpose(lockdown.core.Plan plan, Supplier<Optional<WayIn>> check) {
        if (plan.warnings().stream().anyMatch(m -> m.key().endsWith(".lockout-confirmed"))) {
            return Optional.of(of(Msg.of("wayin.on-purpose"), Optional::empty));
        }
        return check.get();
    }

    /** A new login to the SmarterMail API, through the address the wizard uses, on a new connection. */
    static Optional<WayIn> login(Target target) {
        return Reach.api(target).map(api -> of(Msg.of("wayin.login", target.url()), api::freshLogin));
    }

    /** A request to webmail through the site's bindings, from this machine. */
    static WayIn webmail(WindowsHost w, Site site) {
        return of(Msg.of("wayin.webmail", site.name()), () -> w.iis().reach(site));
    }

    /** The pool starts a worker and the site answers through it. */
    static WayIn pool(WindowsHost w, String pool, Site site) {
        return of(Msg.of("wayin.pool", pool, site.name()), () -> w.iis().checkPool(pool, site));
    }

    /** The service runs, and where the API is reachable, it lets the administrator log in. */
    static WayIn service(Target target, WindowsHost w, String service) {
        return of(Msg.of("wayin.service", service), () -> {
            Optional<ServiceInfo.State> state = w.services().lookup(service).map(ServiceInfo::state);
            if (state.isEmpty() || state.get() != ServiceInfo.State.RUNNING) {
                return Optional.of(Msg.of("wayin.service-not-running", service, state.map(Enum::name).orElse("?")));
            }
            return login(target).flatMap(WayIn::problem);
        });
    }
}
