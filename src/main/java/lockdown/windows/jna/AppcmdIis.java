package lockdown.windows.jna;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lockdown.core.Msg;
import lockdown.windows.AppPool;
import lockdown.windows.AppcmdXml;
import lockdown.windows.Binding;
import lockdown.windows.Commands;
import lockdown.windows.Iis;
import lockdown.windows.IpSecurity;
import lockdown.windows.Site;
import lockdown.windows.WindowsException;

/**
 * IIS through appcmd.exe, the tool IIS Manager's own documentation uses: the 64-bit one in
 * System32\inetsrv (a 32-bit JVM would be redirected to the wrong applicationHost.config; Sysnative
 * reaches the right one), arguments as a list, {@code /xml} output parsed. Security sections are
 * locked at site level, so writes go to applicationHost.config ({@code /commit:apphost}).
 */
final class AppcmdIis implements Iis {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static Path appcmd() {
        String windir = System.getenv().getOrDefault("windir", "C:\\Windows");
        Path sysnative = Path.of(windir, "Sysnative", "inetsrv", "appcmd.exe");
        return Files.exists(sysnative) ? sysnative : Path.of(windir, "System32", "inetsrv", "appcmd.exe");
    }

    private static String run(List<String> args) {
        return run(args, null);
    }

    /** Runs appcmd; a secret on its command line is blanked out of any error text it prints. */
    private static String run(List<String> args, String secret) {
        List<String> command = new ArrayList<>();
        command.add(appcmd().toString());
        command.addAll(args);
        Processes.Result r = Processes.run(command, TIMEOUT);
        if (r.exit() != 0) {
            String first = r.out().lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
            if (secret != null && !secret.isEmpty()) {
                first = first.replace(secret, Commands.PASSWORD_PLACEHOLDER);
            }
            throw new WindowsException(r.exit(), Msg.of("windows.appcmd-failed", args.get(0) + " " + args.get(1),
                    first.length() > 200 ? first.substring(0, 200) : first));
        }
        return r.out();
    }

    @Override
    public boolean installed() {
        return Files.exists(appcmd());
    }

    @Override
    public boolean ipRestrictionsInstalled() {
        return AppcmdXml.globalModules(run(Commands.listGlobalModules())).contains("IpRestrictionModule");
    }

    @Override
    public List<Site> sites() {
        Map<String, List<Binding>> sites = AppcmdXml.sites(run(Commands.listSites()));
        Map<String, String> pools = AppcmdXml.rootPools(run(Commands.listApps()));
        Map<String, String> paths = AppcmdXml.rootPaths(run(Commands.listVdirs()));
        List<Site> out = new ArrayList<>();
        sites.forEach((name, bindings) -> out.add(new Site(name, bindings, paths.get(name), pools.getOrDefault(name, ""))));
        return out;
    }

    @Override
    public AppPool appPool(String name) {
        return AppcmdXml.appPool(name, run(Commands.listAppPool(name)));
    }

    /**
     * The password goes on appcmd's command line (a list, no shell), where only local administrators,
     * who can read pool passwords with appcmd anyway, can see it; never into a log or message.
     */
    @Override
    public void setAppPoolIdentity(String pool, String identityType, String userName, char[] password) {
        String secret = password == null ? null : new String(password);
        run(Commands.setAppPoolIdentity(pool, identityType, userName, secret), secret);
    }

    @Override
    public IpSecurity ipSecurity(String site) {
        return AppcmdXml.ipSecurity(run(Commands.listSection(site, Commands.IP_SECURITY)),
                run(Commands.listSection(site, Commands.DYNAMIC_IP_SECURITY)));
    }

    @Override
    public void setIpSecurity(String site, IpSecurity security) {
        for (List<String> call : Commands.writeIpSecurity(site, security)) {
            run(call);
        }
    }

    @Override
    public void addBinding(String site, Binding binding) {
        run(Commands.addBinding(site, binding));
    }

    @Override
    public void removeBinding(String site, Binding binding) {
        run(Commands.removeBinding(site, binding));
    }
}
