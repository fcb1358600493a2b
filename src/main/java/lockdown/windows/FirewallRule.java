package lockdown.windows;

/** An inbound Windows Firewall rule for one TCP port. */
public record FirewallRule(String name, int port, boolean allow, String remoteAddresses, boolean enabled) {
}
