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
        return List.of("net", "user", user, PASSWORD_PLACEHOLDER, "/add", "/comment:" + description, "/passwordchg:no",
                "/expires:never");
    }

    public static List<String> neverExpires(String user) {
        return List.of("powershell", "-Command", "Set-LocalUser -Name " + user + " -PasswordNeverExpires $true");
    }

    public static List<String> netUserDelete(String user) {
        return List.of("net", "user", user, "/delete");
    }

    /** User rights have no built-in command line: the preview names the LSA call (secpol.msc is the tool by hand). */
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

    /** The icacls lines that put back exactly {@code entries} as the account's own entries on the folder. */
    public static String icaclsRestore(String folder, String account, List<AclEntry> entries) {
        List<String> lines = new ArrayList<>();
        lines.add(display(List.of("icacls", folder, "/remove", account)));
        for (AclEntry e : entries) {
            String inherit = (e.objectInherit() ? "(OI)" : "") + (e.containerInherit() ? "(CI)" : "")
                    + ((e.flags() & AclEntry.INHERIT_ONLY) != 0 ? "(IO)" : "");
            lines.add(display(List.of("icacls", folder, e.allow() ? "/grant" : "/deny", account + ":" + inherit + "(" + rights(e.mask()) + ")")));
        }
        return String.join("\n", lines);
    }

    /** icacls's short name for a mask it has one for (F, M, RX, R, W), else the mask itself. */
    static String rights(int mask) {
        return switch (mask) {
            case 0x1F01FF -> "F";
            case AclEntry.MODIFY -> "M";
            case 0x1200A9 -> "RX";
            case 0x120089 -> "R";
            case 0x100116 -> "W";
            default -> "0x" + Integer.toHexString(mask);
        };
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

    public static List<String> listGlobalModules() {
        return List.of("list", "config", "-section:system.webServer/globalModules", "/xml");
    }

    public static List<String> listSection(String site, String section) {
        return List.of("list", "config", site, "-section:" + section, "/xml");
    }

    /**
     * The appcmd line equivalent to setting a pool's identity, for the preview ({@code password} is the
     * placeholder, or null when none). The wizard itself sets it through {@link Scripts.Script#POOL_WRITE},
     * the password on standard input.
     */
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

    /**
     * The appcmd calls equivalent to writing {@code s} to a site, for the preview: entries first,
     * allowUnlisted last, so no moment denies everyone. The wizard itself writes it all in one commit
     * ({@link Scripts.Script#IPSECURITY_WRITE} with {@link #ipSecurityPayload}).
     */
    public static List<List<String>> writeIpSecurity(String site, IpSecurity s) {
        List<List<String>> all = new ArrayList<>();
        all.add(clearIpSecurity(site));
        s.entries().stream().filter(IpSecurity.Entry::byAddress).forEach(e -> all.add(addIpEntry(site, e)));
        all.add(setDynamic(site, s));
        all.add(setAllowUnlisted(site, s.allowUnlisted()));
        return all;
    }

    /** What {@link Scripts.Script#IPSECURITY_WRITE} gets: the site, the entries with all their attributes, the limits. */
    public static java.util.Map<String, Object> ipSecurityPayload(String site, IpSecurity s) {
        java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("site", site);
        p.put("allowUnlisted", s.allowUnlisted());
        p.put("entries", s.entries().stream().map(IpSecurity.Entry::attributes).toList());
        p.put("rate", java.util.Map.of("enabled", s.denyByRequestRate(), "maxRequests", s.maxRequests(),
                "requestIntervalInMilliseconds", s.requestIntervalMs()));
        p.put("concurrent", java.util.Map.of("enabled", s.denyByConcurrentRequests(), "maxConcurrentRequests", s.maxConcurrentRequests()));
        return p;
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

}
