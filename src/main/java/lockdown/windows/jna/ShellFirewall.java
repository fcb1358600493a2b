package lockdown.windows.jna;

import java.time.Duration;
import java.util.List;
import lockdown.base.Msg;
import lockdown.windows.Commands;
import lockdown.windows.Firewall;
import lockdown.windows.FirewallJson;
import lockdown.windows.FirewallRule;
import lockdown.windows.Scripts;
import lockdown.windows.WindowsException;

/**
 * Inbound firewall rules. Written with {@code netsh advfirewall} (its exit code is all we need, and
 * it is the command the preview shows); read with PowerShell's NetSecurity cmdlets as JSON from the
 * active store, because netsh's text output is translated on non-English Windows. The COM interface HNetCfg.FwPolicy2
 * would avoid both tools, but JNA's late-bound COM has not been tried against it.
 */
final class ShellFirewall implements Firewall {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Read from the active store (so Group Policy rules count), through {@link Scripts.Script#FIREWALL_READ}. */
    @Override
    public List<FirewallRule> inboundRules(int port) {
        return FirewallJson.rules(PowerShell.run(Scripts.Script.FIREWALL_READ, java.util.Map.of("port", port), TIMEOUT), port);
    }

    @Override
    public void add(FirewallRule rule) {
        check(Processes.run(Commands.addBlockRule(rule.name(), rule.port()), TIMEOUT), "add rule");
    }

    @Override
    public void remove(String name) {
        check(Processes.run(Commands.deleteRule(name), TIMEOUT), "delete rule");
    }

    private static void check(Processes.Result r, String what) {
        if (r.exit() != 0) {
            throw new WindowsException(r.exit(), Msg.of("windows.netsh-failed", what, r.firstLine()));
        }
    }
}
