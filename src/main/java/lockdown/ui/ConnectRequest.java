package lockdown.ui;

import lockdown.core.Target;

/** What the start page asks for. {@link #toString()} never shows the password. */
public record ConnectRequest(Target.Kind kind, String url, String user, char[] password, String twoFactorCode, String apiMap) {

    @Override
    public String toString() {
        return "ConnectRequest[" + kind + ", " + url + ", " + user + "]";
    }
}
