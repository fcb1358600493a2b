package lockdown.windows.jna;

import java.time.Duration;
import java.util.List;
import lockdown.core.Msg;
import lockdown.windows.Commands;
import lockdown.windows.Firewall;
import lockdown.windows.FirewallJson;
import lockdown.windows.FirewallRule;
import lockdown.windows.WindowsException;

/**
 * Inbound firewall rules. Written with {@code netsh advfirewall} (its exit code is all we need, and
 * it is the command the preview shows); read with PowerShell's NetSecurity cmdlets as JSON, because
 * netsh's text output is translated on non-English Windows. The COM interface HNetCfg.FwPolicy2
 * would avoid both tools, but JNA's late-bound COM has not been tried against it.
 */
final class ShellFirewall implements Firewall {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Override
    public List<FirewallRule> inboundRules(int port) {
        Processes.Result r = Processes.run(Commands.listRules(port), TIMEOUT);
        if (r.exit() != 0) {
            throw new WindowsException(r.exit(), Msg.of("windows.firewall-read-failed"));
        }
        return FirewallJson.rules(r.out(), port);
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
            throw new WindowsException(r.exit(), Msg.of("windows.netsh-failed", what, r.out().strip()));
        }
    }
}
