package lockdown;

import java.util.function.Supplier;
import lockdown.smartermail.EndpointCatalog;

/**
 * How to log in to a SmarterMail server: its address, a system administrator and the password (the
 * caller clears it), a two-factor code known beforehand (or null), where to ask for a code when the
 * server wants one and none is known, the endpoint catalog, and whether plain HTTP to another
 * machine was explicitly allowed, and a certificate fingerprint the administrator accepted for this
 * server (or null; kept only once the login succeeded). {@link #toString()} never shows the password or the code.
 */
public record Login(String url, String user, char[] password, String code, Supplier<String> askCode, EndpointCatalog catalog,
                    boolean allowPlainHttp, String trustFingerprint) {

    public Login(String url, String user, char[] password, String code, Supplier<String> askCode, EndpointCatalog catalog,
                 boolean allowPlainHttp) {
        this(url, user, password, code, askCode, catalog, allowPlainHttp, null);
    }

    @Override
    public String toString() {
        return "Login[" + url + ", " + user + "]";
    }
}
