package lockdown.ui;

import lockdown.core.Target;

/** What the start page asks for. {@link #toString()} never shows the password. */
public record ConnectRequest(Target.Kind kind, String url, String user, char[] password, String twoFactorCode, String apiMap,
                             boolean allowPlainHttp) {

    public ConnectRequest(Target.Kind kind, String url, String user, char[] password, String twoFactorCode, String apiMap) {
        this(kind, url, user, password, twoFactorCode, apiMap, false);
    }

    /** The login this request describes; a code typed on the start page goes with the first call. */
    public lockdown.Login login() {
        return new lockdown.Login(url, user, password, twoFactorCode, null, lockdown.Connection.catalog(apiMap), allowPlainHttp);
    }

    @Override
    public String toString() {
        return "ConnectRequest[" + kind + ", " + url + ", " + user + "]";
    }
}
