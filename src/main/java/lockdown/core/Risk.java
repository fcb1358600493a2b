package lockdown.core;

import lockdown.base.Msg;
import java.util.Locale;

/** Side effects an action can have, shown in the preview before anything runs. */
public enum Risk {
    RESTARTS_SERVICE,
    MAY_LOCK_OUT,
    NEEDS_ELEVATION;

    public Msg label() {
        return Msg.of("risk." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
