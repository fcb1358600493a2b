package lockdown.ui;

import lockdown.Connection;
import lockdown.Wiring;

/** Opens the target the start page describes. Blocking: called off the FX thread. */
@FunctionalInterface
public interface Connector {

    Connection open(ConnectRequest request);

    /** The real one: the demo's simulators, or a server by URL, as the wiring builds them. */
    static Connector standard(Wiring wiring) {
        return r -> switch (r.kind()) {
            case DEMO -> wiring.demo();
            case REMOTE -> wiring.server(r.login(wiring.catalog(r.apiMap())));
            case LOCAL_WINDOWS -> wiring.local(r.login(wiring.catalog(r.apiMap())));
        };
    }
}
