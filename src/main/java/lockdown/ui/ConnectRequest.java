package lockdown.ui;

import lockdown.core.Target;

/**
 * What the start page asks for, with the certificate fingerprint the administrator accepted for
 * this server (or null). {@link #toString()} never shows the password.
 */
public record ConnectRequest(Target.Kind kind, String url, String user, char[] password, String twoFactorCode, String apiMap,
                             boolean allowPlainHttp, String trustFingerprint) {

    public ConnectRequest(Target.Kind kind, String url, String user, char[] password, String twoFactorCode, String apiMap,
                          boolean allowPlainHttp) {
        this(kind, url, user, password, twoFactorCode, apiMap, allowPlainHttp, null);
    }

    public ConnectRequest(Target.Kind kind, String url, String user, char[] password, String twoFactorCode, String apiMap) {
        this(kind, url, user, password, twoFactorCode, apiMap, false, null);
    }

    /** The login this request describes; a code typed on the start page goes with the first call. */
    public lockdown.Login login(lockdown.smartermail.EndpointCatalog catalog) {
        return new lockdown.Login(url, user, password, twoFactorCode, null, catalog, allowPlainHttp, trustFingerprint);
    }

    @Override
    public String toString() {
        return "ConnectRequest[" + kind + ", " + url + ", " + user + "]";
    }
}
