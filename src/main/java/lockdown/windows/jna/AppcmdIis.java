package lockdown.windows.jna;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lockdown.base.Msg;
import lockdown.windows.AppPool;
import lockdown.windows.AppcmdXml;
import lockdown.windows.Binding;
import lockdown.windows.Commands;
import lockdown.windows.Iis;
import lockdown.windows.IpSecurity;
import lockdown.windows.Scripts;
import lockdown.windows.Site;
import lockdown.windows.WindowsException;

/**
 * IIS: read with appcmd.exe (the 64-bit one in System32\inetsrv; a 32-bit JVM would be redirected to
 * the wrong applicationHost.config, Sysnative reaches the right one), its /xml output parsed from the
 * bytes with the encoding its XML declaration names; bindings changed with appcmd, one commit each.
 * A pool's identity and a site's IP restrictions are written through Microsoft.Web.Administration
 * ({@link Scripts}): the password over standard input only, the restrictions in one commit.
 */
final class AppcmdIis implements Iis {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static Path appcmd() {
        String windir = System.getenv().getOrDefault("windir", "C:\\Windows");
        Path sysnative = Path.of(windir, "Sysnative", "inetsrv", "appcmd.exe");
        return Files.exists(sysnative) ? sysnative : Path.of(windir, "System32", "inetsrv", "appcmd.exe");
    }

    private static byte[] run(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(appcmd().toString());
        command.addAll(args);
        Processes.Result r = Processes.run(command, TIMEOUT);
        if (r.exit() != 0) {
            String first = r.firstLine();
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
        JsonNode n = PowerShell.run(Scripts.Script.POOL_READ, Map.of("pool", name), TIMEOUT);
        return new AppPool(name, n.path("identityType").asText("ApplicationPoolIdentity"), n.path("userName").asText(""));
    }

    @Override
    public void setAppPoolIdentity(String pool, String identityType, String userName, char[] password) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("pool", pool);
        payload.put("identityType", identityType);
        payload.put("userName", userName == null ? "" : userName);
        payload.put("password", password == null ? "" : new String(password));
        PowerShell.run(Scripts.Script.POOL_WRITE, payload, TIMEOUT);
    }

    @Override
    public Optional<Msg> checkPool(String pool, Site site) {
        PowerShell.run(Scripts.Script.POOL_RESTART, Map.of("pool", pool), TIMEOUT);
        Optional<Binding> web = site.bindings().stream().filter(b -> b.web() && b.protocol().equalsIgnoreCase("http")).findFirst();
        if (web.isPresent()) {
            Binding b = web.get();
            String host = b.address().equals("*") || b.address().isEmpty() ? "127.0.0.1" : b.address();
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://" + host + ":" + b.port() + "/").toURL().openConnection();
                c.setConnectTimeout(10_000);
                c.setReadTimeout(60_000);
                c.setInstanceFollowRedirects(false);
                if (!b.host().isEmpty()) {
                    c.setRequestProperty("Host", b.host());
                }
                int status = c.getResponseCode();
                c.disconnect();
                if (status == 503) {
                    return Optional.of(Msg.of("windows.pool-503", pool, site.name()));
                }
            } catch (IOException e) {
                return Optional.of(Msg.of("windows.pool-no-answer", site.name(), String.valueOf(e.getMessage())));
            }
        }
        String state = PowerShell.run(Scripts.Script.POOL_STATE, Map.of("pool", pool), TIMEOUT).path("state").asText("");
        return state.equalsIgnoreCase("Started") ? Optional.empty() : Optional.of(Msg.of("windows.pool-stopped", pool, state));
    }

    /**
     * GET / through each web binding on this machine: plain HTTP bindings by request (403 is IIS's
     * IP restrictions refusing this machine), HTTPS bindings by connecting to their port (this check
     * sends nothing secret and does not judge the certificate).
     */
    @Override
    public Optional<Msg> reach(Site site) {
        Optional<Msg> last = Optional.of(Msg.of("windows.webmail-unreachable", site.name()));
        for (Binding b : site.bindings().stream().filter(Binding::web).toList()) {
            String host = b.address().equals("*") || b.address().isEmpty() ? "127.0.0.1" : b.address().replaceAll("[\\[\\]]", "");
            try {
                if (b.protocol().equalsIgnoreCase("https")) {
                    try (java.net.Socket s = new java.net.Socket()) {
                        s.connect(new java.net.InetSocketAddress(host, b.port()), 10_000);
                    }
                    return Optional.empty();
                }
                HttpURLConnection c = (HttpURLConnection) URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                        + b.port() + "/").toURL().openConnection();
                c.setConnectTimeout(10_000);
                c.setReadTimeout(30_000);
                c.setInstanceFollowRedirects(false);
                c.setUseCaches(false);
                if (!b.host().isEmpty()) {
                    c.setRequestProperty("Host", b.host());
                }
                int status = c.getResponseCode();
                c.disconnect();
                if (status != 403) {
                    return Optional.empty();
                }
                last = Optional.of(Msg.of("windows.webmail-denied", site.name(), host));
            } catch (IOException e) {
                last = Optional.of(Msg.of("windows.pool-no-answer", site.name(), String.valueOf(e.getMessage())));
            }
        }
        return last;
    }

    @Override
    public IpSecurity ipSecurity(String site) {
        return AppcmdXml.ipSecurity(run(Commands.listSection(site, Commands.IP_SECURITY)),
                run(Commands.listSection(site, Commands.DYNAMIC_IP_SECURITY)));
    }

    @Override
    public void setIpSecurity(String site, IpSecurity security) {
        PowerShell.run(Scripts.Script.IPSECURITY_WRITE, Commands.ipSecurityPayload(site, security), TIMEOUT);
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
