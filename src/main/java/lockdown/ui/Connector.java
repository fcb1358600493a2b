package lockdown.ui;

import lockdown.Connection;

/** Opens the target the start page describes. Blocking: called off the FX thread. */
@FunctionalInterface
public interface Connector {

    Connection open(ConnectRequest request);

    /** The real one: the demo's simulators, or a server by URL. */
    static Connector standard() {
        return r -> switch (r.kind()) {
            case DEMO -> Connection.demo();
            case REMOTE -> Connection.server(r.login());
            case LOCAL_WINDOWS -> Connection.local(r.login());
        };
    }
}
