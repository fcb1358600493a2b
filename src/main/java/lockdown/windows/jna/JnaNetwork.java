package lockdown.windows.jna;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lockdown.windows.Network;

/** This computer's addresses, from the network interfaces that are up (IPv6 without its zone). */
final class JnaNetwork implements Network {

    @Override
    public List<String> localAddresses() {
        List<String> out = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp()) {
                    continue;
                }
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet6Address && a.isLinkLocalAddress()) {
                        continue;
                    }
                    String text = a.getHostAddress();
                    int zone = text.indexOf('%');
                    out.add(zone >= 0 ? text.substring(0, zone) : text);
                }
            }
        } catch (SocketException e) {
            out.add("127.0.0.1");
        }
        return out;
    }
}
