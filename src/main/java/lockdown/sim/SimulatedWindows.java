package lockdown.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lockdown.core.Msg;
import lockdown.windows.AclEntry;
import lockdown.windows.AppPool;
import lockdown.windows.Binding;
import lockdown.windows.Elevation;
import lockdown.windows.FileAcls;
import lockdown.windows.Firewall;
import lockdown.windows.FirewallRule;
import lockdown.windows.Iis;
import lockdown.windows.IpSecurity;
import lockdown.windows.LocalAccounts;
import lockdown.windows.LocalUser;
import lockdown.windows.ServiceInfo;
import lockdown.windows.Services;
import lockdown.windows.Site;
import lockdown.windows.UserRights;
import lockdown.windows.WindowsException;
import lockdown.windows.WindowsHost;

/**
 * An in-memory Windows Server with a fresh SmarterMail install: the service runs as LocalSystem,
 * the IIS site "SmarterMail" has a catch-all binding on port 9998 and an application pool running
 * as ApplicationPoolIdentity, and nothing restricts webmail by IP. Where it matters it behaves as
 * Windows does: a service set to an account without "Log on as a service" fails to start with 1069,
 * folder permissions are inherited by subfolders, and the binding the wizard connects through
 * cannot be removed.
 */
public final class SimulatedWindows implements LocalAccounts, UserRights, FileAcls, Services, Iis, Firewall, Elevation,
        lockdown.windows.Network {

    public static final String COMPUTER = "MAIL01";
    public static final String INSTALL_FOLDER = "C:\\Program Files (x86)\\SmarterTools\\SmarterMail";
    public static final String DATA_FOLDER = "C:\\SmarterMail";
    public static final String SERVICE = "SmarterMail";
    public static final String SITE = "SmarterMail";

    private final Map<String, LocalUser> users = new LinkedHashMap<>();
    private final Map<String, Set<String>> rights = new HashMap<>();
    private final Map<String, List<AclEntry>> explicitAcls = new LinkedHashMap<>();
    private final Map<String, ServiceInfo> services = new LinkedHashMap<>();
    private final Map<String, Site> sites = new LinkedHashMap<>();
    private final Map<String, AppPool> pools = new LinkedHashMap<>();
    private final Map<String, IpSecurity> ipSecurity = new HashMap<>();
    private final Map<String, FirewallRule> firewall = new LinkedHashMap<>();
    private boolean elevated = true;
    private boolean ipRestrictionsInstalled = true;
    private Binding wizardBinding;

    public SimulatedWindows() {
        users.put("administrator", new LocalUser("Administrator", "Built-in account for administering the computer", true, false, false));
        users.put("guest", new LocalUser("Guest", "Built-in account for guest access", true, false, true));
        rights.put("administrators", new HashSet<>(Set.of("SeBatchLogonRight", "SeInteractiveLogonRight")));
        for (String folder : List.of(INSTALL_FOLDER, DATA_FOLDER)) {
            explicitAcls.put(key(folder), new ArrayList<>(List.of(
                    new AclEntry("NT AUTHORITY\\SYSTEM", 0x1F01FF, true, true, true, false),
                    new AclEntry("BUILTIN\\Administrators", 0x1F01FF, true, true, true, false),
                    new AclEntry("BUILTIN\\Users", 0x1200A9, true, true, true, false))));
        }
        services.put(key(SERVICE), new ServiceInfo(SERVICE, "SmarterMail", "LocalSystem", ServiceInfo.State.RUNNING,
                "\"" + INSTALL_FOLDER + "\\Service\\MailService.exe\""));
        Binding catchAll = new Binding("http", "*", 9998, "");
        sites.put(key(SITE), new Site(SITE, List.of(catchAll), INSTALL_FOLDER + "\\MRS", SITE));
        pools.put(key(SITE), new AppPool(SITE, "ApplicationPoolIdentity", ""));
        ipSecurity.put(key(SITE), IpSecurity.defaults());
    }

    public WindowsHost host() {
        return new WindowsHost(COMPUTER, this, this, this, this, this, this, this, this);
    }

    /** The binding the wizard's own connection goes through; removing it is refused. */
    public synchronized void wizardConnectsVia(Binding binding) {
        wizardBinding = binding;
    }

    public synchronized void elevated(boolean value) {
        elevated = value;
    }

    public synchronized void ipRestrictionsInstalled(boolean value) {
        ipRestrictionsInstalled = value;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private void requireElevation(String what) {
        if (!elevated) {
            throw new WindowsException(WindowsException.ACCESS_DENIED, Msg.of("windows.access-denied", what));
        }
    }

    // ---- accounts -----------------------------------------------------------------------------

    @Override
    public synchronized Optional<LocalUser> find(String name) {
        return Optional.ofNullable(users.get(key(name)));
    }

    @Override
    public synchronized void create(String name, String description, char[] password) {
        requireElevation("NetUserAdd");
        if (users.containsKey(key(name))) {
            throw new WindowsException(WindowsException.USER_EXISTS, Msg.of("windows.user-exists", name));
        }
        users.put(key(name), new LocalUser(name, description, true, false, false));
    }

    @Override
    public synchronized void update(LocalUser user) {
        requireElevation("NetUserSetInfo");
        if (!users.containsKey(key(user.name()))) {
            throw new WindowsException(WindowsException.USER_NOT_FOUND, Msg.of("windows.user-not-found", user.name()));
        }
        users.put(key(user.name()), user);
    }

    @Override
    public synchronized void delete(String name) {
        requireElevation("NetUserDel");
        if (users.remove(key(name)) == null) {
            throw new WindowsException(WindowsException.USER_NOT_FOUND, Msg.of("windows.user-not-found", name));
        }
        rights.remove(key(name));
    }

    // ---- rights -------------------------------------------------------------------------------

    @Override
    public synchronized Set<String> rightsOf(String account) {
        return Set.copyOf(rights.getOrDefault(key(bare(account)), Set.of()));
    }

    @Override
    public synchronized void grant(String account, String right) {
        requireElevation("LsaAddAccountRights");
        rights.computeIfAbsent(key(bare(account)), k -> new HashSet<>()).add(right);
    }

    @Override
    public synchronized void revoke(String account, String right) {
        requireElevation("LsaRemoveAccountRights");
        rights.getOrDefault(key(bare(account)), new HashSet<>()).remove(right);
    }

    /** Account names with a ".\\" or "MAIL01\\" prefix and bare names are the same local account. */
    private static String bare(String account) {
        int slash = account.lastIndexOf('\\');
        return slash >= 0 ? account.substring(slash + 1) : account;
    }

    // ---- folder permissions -------------------------------------------------------------------

    @Override
    public synchronized boolean exists(String folder) {
        return explicitAcls.keySet().stream().anyMatch(f -> key(folder).equals(f) || key(folder).startsWith(f + "\\"));
    }

    /** The folder's own entries plus those inherited from every parent folder. */
    @Override
    public synchronized List<AclEntry> read(String folder) {
        List<AclEntry> out = new ArrayList<>(explicitAcls.getOrDefault(key(folder), List.of()));
        for (Map.Entry<String, List<AclEntry>> e : explicitAcls.entrySet()) {
            if (key(folder).startsWith(e.getKey() + "\\")) {
                for (AclEntry a : e.getValue()) {
                    if (a.containerInherit() || a.objectInherit()) {
                        out.add(new AclEntry(a.account(), a.mask(), a.allow(), a.objectInherit(), a.containerInherit(), true));
                    }
                }
            }
        }
        return out;
    }

    @Override
    public synchronized void grantModify(String folder, String account) {
        requireElevation("SetNamedSecurityInfo");
        explicitAcls.computeIfAbsent(key(folder), k -> new ArrayList<>())
                .add(new AclEntry(account, AclEntry.MODIFY, true, true, true, false));
    }

    @Override
    public synchronized void revokeModify(String folder, String account) {
        requireElevation("SetNamedSecurityInfo");
        explicitAcls.getOrDefault(key(folder), new ArrayList<>())
                .removeIf(a -> a.account().equalsIgnoreCase(account) && a.mask() == AclEntry.MODIFY && !a.inherited());
    }

    // ---- services -----------------------------------------------------------------------------

    @Override
    public synchronized List<ServiceInfo> list() {
        return List.copyOf(services.values());
    }

    @Override
    public synchronized Optional<ServiceInfo> lookup(String name) {
        return Optional.ofNullable(services.get(key(name)));
    }

    @Override
    public synchronized void changeLogon(String service, String account, char[] password) {
        requireElevation("ChangeServiceConfig");
        ServiceInfo s = service(service);
        services.put(key(service), new ServiceInfo(s.name(), s.displayName(), account, s.state(), s.imagePath()));
    }

    @Override
    public synchronized void stop(String service, Duration timeout) {
        requireElevation("ControlService");
        ServiceInfo s = service(service);
        services.put(key(service), new ServiceInfo(s.name(), s.displayName(), s.account(), ServiceInfo.State.STOPPED, s.imagePath()));
    }

    @Override
    public synchronized void start(String service, Duration timeout) {
        requireElevation("StartService");
        ServiceInfo s = service(service);
        boolean builtIn = s.account().equalsIgnoreCase("LocalSystem") || s.account().toUpperCase(Locale.ROOT).startsWith("NT AUTHORITY\\");
        if (!builtIn && !rightsOf(s.account()).contains(SERVICE_LOGON)) {
            throw new WindowsException(WindowsException.SERVICE_LOGON_FAILED, Msg.of("windows.logon-failed", service, s.account()));
        }
        services.put(key(service), new ServiceInfo(s.name(), s.displayName(), s.account(), ServiceInfo.State.RUNNING, s.imagePath()));
    }

    private ServiceInfo service(String name) {
        ServiceInfo s = services.get(key(name));
        if (s == null) {
            throw new WindowsException(1060, Msg.of("windows.service-not-found", name));
        }
        return s;
    }

    // ---- IIS ----------------------------------------------------------------------------------

    @Override
    public boolean installed() {
        return true;
    }

    @Override
    public synchronized boolean ipRestrictionsInstalled() {
        return ipRestrictionsInstalled;
    }

    @Override
    public synchronized List<Site> sites() {
        return List.copyOf(sites.values());
    }

    @Override
    public synchronized AppPool appPool(String name) {
        return pools.get(key(name));
    }

    @Override
    public synchronized void setAppPoolIdentity(String pool, String identityType, String userName, char[] password) {
        requireElevation("appcmd set apppool");
        pools.put(key(pool), new AppPool(pool, identityType, userName == null ? "" : userName));
    }

    @Override
    public synchronized IpSecurity ipSecurity(String site) {
        return ipSecurity.getOrDefault(key(site), IpSecurity.defaults());
    }

    @Override
    public synchronized void setIpSecurity(String site, IpSecurity security) {
        requireElevation("appcmd set config");
        ipSecurity.put(key(site), security);
    }

    @Override
    public synchronized void addBinding(String site, Binding binding) {
        requireElevation("appcmd set site");
        Site s = sites.get(key(site));
        List<Binding> b = new ArrayList<>(s.bindings());
        b.add(binding);
        sites.put(key(site), new Site(s.name(), b, s.physicalPath(), s.appPool()));
    }

    @Override
    public synchronized void removeBinding(String site, Binding binding) {
        requireElevation("appcmd set site");
        if (binding.equals(wizardBinding)) {
            throw new WindowsException(WindowsException.ACCESS_DENIED, Msg.of("windows.binding-in-use", binding.bindingInformation()));
        }
        Site s = sites.get(key(site));
        List<Binding> b = new ArrayList<>(s.bindings());
        b.remove(binding);
        sites.put(key(site), new Site(s.name(), b, s.physicalPath(), s.appPool()));
    }

    // ---- firewall and elevation ---------------------------------------------------------------

    @Override
    public synchronized List<FirewallRule> inboundRules(int port) {
        return firewall.values().stream().filter(r -> r.port() == port).toList();
    }

    @Override
    public synchronized void add(FirewallRule rule) {
        requireElevation("netsh advfirewall");
        firewall.put(key(rule.name()), rule);
    }

    @Override
    public synchronized void remove(String name) {
        requireElevation("netsh advfirewall");
        firewall.remove(key(name));
    }

    @Override
    public synchronized boolean elevated() {
        return elevated;
    }

    /** The simulated host cannot start a process; it says so. */
    @Override
    public void restartElevated(List<String> arguments) {
        throw new WindowsException(WindowsException.ACCESS_DENIED, Msg.of("windows.restart-simulated"));
    }

    /** The server's own address and loopback. */
    @Override
    public List<String> localAddresses() {
        return List.of("127.0.0.1", "192.168.10.5", "::1");
    }
}
