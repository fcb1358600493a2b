package lockdown.core;

import lockdown.base.Msg;
/** How much an unfixed step exposes the server. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM;

    public Msg label() {
        return Msg.of("severity." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
