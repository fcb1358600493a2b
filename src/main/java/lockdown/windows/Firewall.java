package lockdown.windows;

import java.util.List;

/** Inbound Windows Firewall rules. */
public interface Firewall {

    List<FirewallRule> inboundRules(int port);

    void add(FirewallRule rule);

    void remove(String name);
}
