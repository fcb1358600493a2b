package lockdown.smartermail;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;

/**
 * Plain HTTP carries the password in clear, so it is only for a server on this machine: loopback or
 * one of this machine's own addresses. Anything else needs HTTPS, or the administrator's explicit
 * opt-in for a lab network (which the summary then records).
 */
public final class PlainHttp {

    private PlainHttp() {
    }

    /** Refuses {@code http://} to another machine unless {@code allowed}. Resolves the host name (blocking). */
    public static void check(ServerUrl url, boolean allowed) {
        if (url.https() || allowed || thisMachine(url.host())) {
            return;
        }
        throw new InvalidSettingsException(ServerUrl.FIELD, Msg.of("url.plain-http-remote", url.host(), url.overHttps()));
    }

    /** Whether plain HTTP to this URL goes to another machine (so the opt-in is what allows it). */
    public static boolean remote(ServerUrl url) {
        return !url.https() && !thisMachine(url.host());
    }

    /** Loopback, or an address of one of this machine's own network interfaces. */
    static boolean thisMachine(String host) {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException unknown) {
            // Not resolvable: the connection will fail before anything is sent.
            return true;
        }
        for (InetAddress a : all) {
            if (!a.isLoopbackAddress() && !local(a)) {
                return false;
            }
        }
        return all.length > 0;
    }

    private static boolean local(InetAddress a) {
        try {
            return a.isAnyLocalAddress() || NetworkInterface.getByInetAddress(a) != null;
        } catch (SocketException e) {
            return false;
        }
    }
}
