package lockdown.windows;

import java.util.List;

/** This computer's own addresses, for the lockout guards. */
public interface Network {

    /** The computer's unicast addresses (IPv4 and IPv6), loopback included. */
    List<String> localAddresses();
}
