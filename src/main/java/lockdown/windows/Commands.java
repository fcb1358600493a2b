package lockdown.windows;

import java.util.ArrayList;
import java.util.List;

/**
 * The command lines of the Windows changes: what the adapters run (appcmd, netsh, PowerShell, as
 * argument lists, never one shell string) and what the previews show for the calls made through
 * the Windows API (net user, icacls, sc.exe). User rights have no built-in command line, so their
 * preview names the LSA call itself (the page's manual steps give the secpol.msc path). A password
 * is always the placeholder
 * {@link #PASSWORD_PLACEHOLDER} in what is shown.
 */
public final class Commands {

    public static final String PASSWORD_PLACEHOLDER = "<password>";
    public static final String APPCMD = "%windir%\\System32\\inetsrv\\appcmd.exe";
    public static final String IP_SECURITY = "system.webServer/security/ipSecurity";
    public static final String DYNAMIC_IP_SECURITY = "system.webServer/security/dynamicIpSecurity";

    private Commands() {
    }

    /** One line for people: arguments with spaces or quotes are quoted. */
    public static String display(List<String> args) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            out.add(a.isEmpty() || a.contains(" ") ? "\"" + a.replace("\"", "\\\"") + "\"" : a);
        }
        return String.join(" ", out);
    }

    // ---- accounts, rights, folders, services (previews of Windows API calls) -------------------

    public static List<String> netUserAdd(String user, String description) {
        return List.of("net", "user", user, PASSWORD_PLACEHOLDER, "/add", "/comment:" + description, "/passwordchg:yes",
                "/expires:never");
    }

    public static List<String> neverExpires(String user) {
        return List.of("powershell", "-Command", "Set-LocalUser -Name " + user + " -PasswordNeverExpires $true");
    }

    public static List<String> netUserDelete(String user) {
        return List.of("net", "user", user, "/delete");
    }

    public static List<String> grantRight(String account, String right) {
        return List.of("LsaAddAccountRights", account, right);
    }

    public static List<String> revokeRight(String account, String right) {
        return List.of("LsaRemoveAccountRights", account, right);
    }

    public static List<String> icaclsGrant(String folder, String account) {
        return List.of("icacls", folder, "/grant", account + ":(OI)(CI)M");
    }

    public static List<String> icaclsRemove(String folder, String account) {
        return List.of("icacls", folder, "/remove:g", account);
    }

    public static List<String> scStop(String service) {
        return List.of("sc.exe", "stop", service);
    }

    public static List<String> scStart(String service) {
        return List.of("sc.exe", "start", service);
    }

    /** {@code password} null means a built-in account without a password. */
    public static List<String> scConfig(String service, String account, boolean withPassword) {
        List<String> a = new ArrayList<>(List.of("sc.exe", "config", service, "obj=", account));
        if (withPassword) {
            a.addAll(List.of("password=", PASSWORD_PLACEHOLDER));
        }
        return a;
    }

    // ---- IIS through appcmd ------------------------------------------------------------------

    public static List<String> listSites() {
        return List.of("list", "site", "/xml");
    }

    public static List<String> listApps() {
        return List.of("list", "app", "/xml");
    }

    public static List<String> listVdirs() {
        return List.of("list", "vdir", "/xml");
    }

    public static List<String> listAppPool(String pool) {
        return List.of("list", "apppool", pool, "/config", "/xml");
    }

    public static List<String> listGlobalModules() {
        return List.of("list", "config", "-section:system.webServer/globalModules", "/xml");
    }

    public static List<String> listSection(String site, String section) {
        return List.of("list", "config", site, "-section:" + section, "/xml");
    }

    /** {@code password} is the real one for running, {@link #PASSWORD_PLACEHOLDER} for showing, null when none. */
    public static List<String> setAppPoolIdentity(String pool, String identityType, String user, String password) {
        List<String> a = new ArrayList<>(List.of("set", "apppool", pool, "/processModel.identityType:" + identityType));
        if (user != null && !user.isEmpty()) {
            a.add("/processModel.userName:" + user);
        }
        if (password != null) {
            a.add("/processModel.password:" + password);
        }
        return a;
    }

    public static List<String> clearIpSecurity(String site) {
        return List.of("clear", "config", site, "-section:" + IP_SECURITY, "/commit:apphost");
    }

    public static List<String> setAllowUnlisted(String site, boolean allow) {
        return List.of("set", "config", site, "-section:" + IP_SECURITY, "/allowUnlisted:" + allow, "/commit:apphost");
    }

    public static List<String> addIpEntry(String site, IpSecurity.Entry e) {
        return List.of("set", "config", site, "-section:" + IP_SECURITY, "/+[ipAddress='" + e.ipAddress() + "',subnetMask='"
                + e.subnetMask() + "',allowed='" + e.allowed() + "']", "/commit:apphost");
    }

    public static List<String> setDynamic(String site, IpSecurity s) {
        return List.of("set", "config", site, "-section:" + DYNAMIC_IP_SECURITY,
                "/denyByRequestRate.enabled:" + s.denyByRequestRate(),
                "/denyByRequestRate.maxRequests:" + s.maxRequests(),
                "/denyByRequestRate.requestIntervalInMilliseconds:" + s.requestIntervalMs(),
                "/denyByConcurrentRequests.enabled:" + s.denyByConcurrentRequests(),
                "/denyByConcurrentRequests.maxConcurrentRequests:" + s.maxConcurrentRequests(),
                "/commit:apphost");
    }

    /** Every appcmd call that writes {@code s} to a site: clear, allow-unlisted, entries, dynamic limits. */
    public static List<List<String>> writeIpSecurity(String site, IpSecurity s) {
        List<List<String>> all = new ArrayList<>();
        all.add(clearIpSecurity(site));
        all.add(setAllowUnlisted(site, s.allowUnlisted()));
        s.entries().forEach(e -> all.add(addIpEntry(site, e)));
        all.add(setDynamic(site, s));
        return all;
    }

    public static List<String> addBinding(String site, Binding b) {
        return List.of("set", "site", "/site.name:" + site, "/+bindings.[protocol='" + b.protocol() + "',bindingInformation='"
                + b.bindingInformation() + "']");
    }

    public static List<String> removeBinding(String site, Binding b) {
        return List.of("set", "site", "/site.name:" + site, "/-bindings.[protocol='" + b.protocol() + "',bindingInformation='"
                + b.bindingInformation() + "']");
    }

    /** An appcmd call as shown: the 64-bit appcmd path in front. */
    public static String appcmd(List<String> args) {
        List<String> all = new ArrayList<>();
        all.add(APPCMD);
        all.addAll(args);
        return display(all);
    }

    // ---- firewall ----------------------------------------------------------------------------

    public static List<String> addBlockRule(String name, int port) {
        return List.of("netsh", "advfirewall", "firewall", "add", "rule", "name=" + name, "dir=in", "action=block",
                "protocol=TCP", "localport=" + port);
    }

    public static List<String> deleteRule(String name) {
        return List.of("netsh", "advfirewall", "firewall", "delete", "rule", "name=" + name);
    }

    /** PowerShell that lists the inbound rules of a TCP port as JSON (text values, not localized). */
    public static List<String> listRules(int port) {
        String script = "$r = Get-NetFirewallPortFilter -Protocol TCP | Where-Object { $_.LocalPort -eq '" + port + "' } | "
                + "Get-NetFirewallRule | Where-Object { [string]$_.Direction -eq 'Inbound' }; "
                + "ConvertTo-Json -Compress -InputObject @($r | ForEach-Object { [pscustomobject]@{ name = $_.DisplayName; "
                + "enabled = [string]$_.Enabled; action = [string]$_.Action; "
                + "remote = (($_ | Get-NetFirewallAddressFilter).RemoteAddress -join ',') } })";
        return List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-Command", script);
    }
}
