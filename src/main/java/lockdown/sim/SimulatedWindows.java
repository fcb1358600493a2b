package lockdown.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lockdown.base.Msg;
import lockdown.windows.AclEntry;
import lockdown.windows.AppPool;
import lockdown.windows.Binding;
import lockdown.windows.Disk;
import lockdown.windows.Elevation;
import lockdown.windows.FileAcls;
import lockdown.windows.Firewall;
import lockdown.windows.FirewallRule;
import lockdown.windows.Iis;
import lockdown.windows.IpSecurity;
import lockdown.windows.LocalAccounts;
import lockdown.windows.LocalUser;
import lockdown.windows.Scheduler;
import lockdown.windows.ServiceInfo;
import lockdown.windows.Services;
import lockdown.windows.Site;
import lockdown.windows.UserRights;
import lockdown.windows.WindowsException;
import lockdown.windows.WindowsHost;

/**
 * An in-memory Windows Server with a fresh SmarterMail install: the service runs as LocalSystem,
 * the IIS site "SmarterMail" has a catch-all binding on port 9998 (and a WCF net.tcp binding) and an
 * application pool running as ApplicationPoolIdentity, and nothing restricts webmail by IP. Where it
 * matters it behaves as Windows does:
 * <ul>
 * <li>a service logs on only with the right and the account's real password (else error 1069), and
 * may start slower than the caller waits: then it is still starting, as the new account;</li>
 * <li>an application pool checks its password only when a worker starts: a wrong one gives 503;</li>
 * <li>Modify is merged into an explicit allow entry the account already has (GRANT_ACCESS), entries
 * name SIDs, and folder permissions are inherited by subfolders;</li>
 * <li>an IP restrictions write is one commit: an entry IIS rejects leaves everything as it was;</li>
 * <li>the binding the wizard connects through cannot be removed.</li>
 * </ul>
 */
public final class SimulatedWindows implements LocalAccounts, UserRights, FileAcls, Services, Iis, Firewall, Elevation, Scheduler,
        lockdown.windows.Network, Disk {

    public static final String COMPUTER = "MAIL01";
    public static final String INSTALL_FOLDER = "C:\\Program Files (x86)\\SmarterTools\\SmarterMail";
    public static final String DATA_FOLDER = "C:\\SmarterMail";
    public static final String SERVICE = "SmarterMail";
    public static final String SITE = "SmarterMail";
    /** The built-in Administrator's password on this simulated host only (so a typed password can be right or wrong). */
    public static final String ADMINISTRATOR_PASSWORD = "Demo-Administrator-2026";

    private final Map<String, LocalUser> users = new LinkedHashMap<>();
    private final Map<String, char[]> passwords = new HashMap<>();
    private final Map<String, Set<String>> rights = new HashMap<>();
    private final Map<String, List<AclEntry>> explicitAcls = new LinkedHashMap<>();
    private final Map<String, ServiceInfo> services = new LinkedHashMap<>();
    private final Map<String, char[]> servicePasswords = new HashMap<>();
    private final Map<String, String> runningAs = new HashMap<>();
    private final Map<String, Site> sites = new LinkedHashMap<>();
    private final Map<String, AppPool> pools = new LinkedHashMap<>();
    private final Map<String, char[]> poolPasswords = new HashMap<>();
    private final Map<String, String> poolStates = new HashMap<>();
    private final Map<String, IpSecurity> ipSecurity = new HashMap<>();
    private final Set<String> rejectedEntries = new HashSet<>();
    private final Map<String, FirewallRule> firewall = new LinkedHashMap<>();
    private final Map<String, String> files = new HashMap<>();
    private boolean elevated = true;
    private boolean ipRestrictionsInstalled = true;
    private Duration startTime = Duration.ZERO;
    private Binding wizardBinding;
    private int nextRid = 1001;

    public SimulatedWindows() {
        users.put("administrator", new LocalUser("Administrator", "Built-in account for administering the computer", true, false,
                false, false, "S-1-5-21-7-500"));
        users.put("guest", new LocalUser("Guest", "Built-in account for guest access", true, false, true, true, "S-1-5-21-7-501"));
        passwords.put("administrator", ADMINISTRATOR_PASSWORD.toCharArray());
        rights.put("administrators", new HashSet<>(Set.of("SeBatchLogonRight", "SeInteractiveLogonRight")));
        for (String folder : List.of(INSTALL_FOLDER, DATA_FOLDER)) {
            explicitAcls.put(key(folder), new ArrayList<>(List.of(
                    AclEntry.allow("NT AUTHORITY\\SYSTEM", "S-1-5-18", 0x1F01FF),
                    AclEntry.allow("BUILTIN\\Administrators", "S-1-5-32-544", 0x1F01FF),
                    AclEntry.allow("BUILTIN\\Users", "S-1-5-32-545", 0x1200A9))));
        }
        explicitAcls.put(key(DATA_FOLDER + "\\Domains"), new ArrayList<>());
        services.put(key(SERVICE), new ServiceInfo(SERVICE, "SmarterMail", "LocalSystem", ServiceInfo.State.RUNNING,
                "\"" + INSTALL_FOLDER + "\\Service\\MailService.exe\""));
        runningAs.put(key(SERVICE), "LocalSystem");
        sites.put(key(SITE), new Site(SITE, List.of(new Binding("http", "*", 9998, ""), new Binding("net.tcp", "808:*")),
                INSTALL_FOLDER + "\\MRS", SITE));
        pools.put(key(SITE), new AppPool(SITE, "ApplicationPoolIdentity", ""));
        poolStates.put(key(SITE), "Started");
        ipSecurity.put(key(SITE), IpSecurity.defaults());
        files.put(key(INSTALL_FOLDER + "\\Service\\Settings\\domains.json"),
                "{\"domains\":[{\"name\":\"example.com\",\"path\":\"C:\\\\SmarterMail\\\\Domains\\\\example.com\"}]}");
    }

    private final WindowsFaults faults = new WindowsFaults();
    private final Map<String, String> tasks = new java.util.TreeMap<>();

    /** A one-shot task, recorded: its time and command line (see {@link #tasks}). */
    @Override
    public synchronized void once(String name, java.time.Instant at, String program, List<String> arguments) {
        tasks.put(name, at + " " + program + " " + String.join(" ", arguments));
    }

    @Override
    public synchronized void unschedule(String name) {
        tasks.remove(name);
    }

    /** The scheduled tasks: name, then time and command line. */
    public synchronized Map<String, String> tasks() {
        return Map.copyOf(tasks);
    }

    /** Failures to produce on the next call of an operation (see {@link WindowsFaults}). */
    public WindowsFaults faults() {
        return faults;
    }

    public WindowsHost host() {
        return new WindowsHost(COMPUTER, this, this, this, this, this, this, this, this, this, this);
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

    /** How long the next start of a service takes (a mail server can take longer than a caller waits). */
    public synchronized void slowNextStart(Duration d) {
        startTime = d;
    }

    /** IIS refuses an entry for this address (say a duplicate of one inherited from the server level). */
    public synchronized void rejectEntry(String ipAddress) {
        rejectedEntries.add(ipAddress);
    }

    /** The service is set to log on as some account (a domain or virtual account, say), as an administrator may have done. */
    public synchronized void serviceLogsOnAs(String account) {
        ServiceInfo s = service(SERVICE);
        services.put(key(SERVICE), new ServiceInfo(s.name(), s.displayName(), account, s.state(), s.imagePath()));
        runningAs.put(key(SERVICE), account);
    }

    /** The account the service's process runs as now, or empty while it is stopped. */
    public synchronized Optional<String> processAccount(String service) {
        return Optional.ofNullable(runningAs.get(key(service)));
    }

    /** The state IIS reports for a pool (Started, Stopped). */
    public synchronized String poolState(String pool) {
        return poolStates.getOrDefault(key(pool), "Started");
    }

    /** Moves the data folder (and what SmarterMail records about it), or leaves no record when {@code recorded} is false. */
    public synchronized void dataFolder(String folder, boolean recorded) {
        explicitAcls.remove(key(DATA_FOLDER));
        explicitAcls.remove(key(DATA_FOLDER + "\\Domains"));
        explicitAcls.put(key(folder), new ArrayList<>(List.of(AclEntry.allow("NT AUTHORITY\\SYSTEM", "S-1-5-18", 0x1F01FF))));
        explicitAcls.put(key(folder + "\\Domains"), new ArrayList<>());
        String domains = INSTALL_FOLDER + "\\Service\\Settings\\domains.json";
        if (recorded) {
            files.put(key(domains), "{\"domains\":[{\"name\":\"example.com\",\"path\":\"" + (folder + "\\Domains\\example.com")
                    .replace("\\", "\\\\") + "\"}]}");
        } else {
            files.remove(key(domains));
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private void requireElevation(String what) {
        if (!elevated) {
            throw new WindowsException(WindowsException.ACCESS_DENIED, Msg.of("windows.access-denied", what));
        }
    }

    /** Account names with a ".\\" or "MAIL01\\" prefix and bare names are the same local account; others are not local. */
    private static String localKey(String account) {
        int slash = account.lastIndexOf('\\');
        if (slash < 0) {
            return key(account);
        }
        String domain = account.substring(0, slash);
        return domain.equals(".") || domain.equalsIgnoreCase(COMPUTER) ? key(account.substring(slash + 1)) : key(account);
    }

    // ---- accounts -----------------------------------------------------------------------------

    @Override
    public synchronized Optional<LocalUser> find(String name) {
        return Optional.ofNullable(users.get(localKey(name)));
    }

    @Override
    public synchronized void create(String name, String description, char[] password) {
        faults.check(WindowsFaults.Op.CREATE_ACCOUNT, name);
        requireElevation("NetUserAdd");
        if (users.containsKey(localKey(name))) {
            throw new WindowsException(WindowsException.USER_EXISTS, Msg.of("windows.user-exists", name));
        }
        users.put(localKey(name), new LocalUser(name, description, true, false, false, true, "S-1-5-21-7-" + nextRid++));
        passwords.put(localKey(name), password.clone());
    }

    @Override
    public synchronized void update(LocalUser user) {
        requireElevation("NetUserSetInfo");
        LocalUser was = users.get(localKey(user.name()));
        if (was == null) {
            throw new WindowsException(WindowsException.USER_NOT_FOUND, Msg.of("windows.user-not-found", user.name()));
        }
        users.put(localKey(user.name()), new LocalUser(was.name(), user.description(), user.passwordNeverExpires(),
                user.mustChangePassword(), user.disabled(), user.cannotChangePassword(), was.sid()));
    }

    @Override
    public synchronized void delete(String name) {
        requireElevation("NetUserDel");
        if (users.remove(localKey(name)) == null) {
            throw new WindowsException(WindowsException.USER_NOT_FOUND, Msg.of("windows.user-not-found", name));
        }
        rights.remove(localKey(name));
        passwords.remove(localKey(name));
    }

    private String sidOf(String account) {
        LocalUser u = users.get(localKey(account));
        if (u == null) {
            throw new WindowsException(1332, Msg.of("windows.no-such-account", account));
        }
        return u.sid();
    }

    // ---- rights -------------------------------------------------------------------------------

    @Override
    public synchronized Set<String> rightsOf(String account) {
        return Set.copyOf(rights.getOrDefault(localKey(account), Set.of()));
    }

    @Override
    public synchronized void grant(String account, String right) {
        faults.check(WindowsFaults.Op.GRANT_RIGHT, right);
        requireElevation("LsaAddAccountRights");
        rights.computeIfAbsent(localKey(account), k -> new HashSet<>()).add(right);
    }

    @Override
    public synchronized void revoke(String account, String right) {
        requireElevation("LsaRemoveAccountRights");
        rights.getOrDefault(localKey(account), new HashSet<>()).remove(right);
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
                        out.add(a.asInherited());
                    }
                }
            }
        }
        return out;
    }

    /** As GRANT_ACCESS: merged into an explicit allow entry of the same SID and inheritance, else added. */
    @Override
    public synchronized void grantModify(String folder, String account) {
        faults.check(WindowsFaults.Op.GRANT_MODIFY, folder);
        requireElevation("SetNamedSecurityInfo");
        String sid = sidOf(account);
        List<AclEntry> acl = explicitAcls.computeIfAbsent(key(folder), k -> new ArrayList<>());
        for (int i = 0; i < acl.size(); i++) {
            AclEntry a = acl.get(i);
            if (a.sid().equals(sid) && a.allow() && a.flags() == (AclEntry.OBJECT_INHERIT | AclEntry.CONTAINER_INHERIT)) {
                acl.set(i, new AclEntry(a.account(), sid, a.mask() | AclEntry.MODIFY, true, a.flags()));
                return;
            }
        }
        acl.add(AclEntry.allow(COMPUTER + "\\" + users.get(localKey(account)).name(), sid, AclEntry.MODIFY));
    }

    @Override
    public synchronized void restore(String folder, String account, List<AclEntry> entries) {
        requireElevation("SetNamedSecurityInfo");
        String sid = sidOf(account);
        List<AclEntry> acl = explicitAcls.computeIfAbsent(key(folder), k -> new ArrayList<>());
        acl.removeIf(a -> a.sid().equals(sid));
        acl.addAll(entries);
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
        faults.check(WindowsFaults.Op.CHANGE_LOGON, service);
        requireElevation("ChangeServiceConfig");
        ServiceInfo s = service(service);
        services.put(key(service), new ServiceInfo(s.name(), s.displayName(), account, s.state(), s.imagePath()));
        servicePasswords.put(key(service), password == null ? new char[0] : password.clone());
    }

    @Override
    public synchronized void stop(String service, Duration timeout) {
        requireElevation("ControlService");
        state(service, ServiceInfo.State.STOPPED);
        runningAs.remove(key(service));
    }

    /**
     * Starts the service as its configured account: error 1069 without the right or with a wrong
     * password; when it takes longer than {@code timeout}, error 1053 and it is still starting. A
     * service already starting goes on starting as the account it began with.
     */
    @Override
    public synchronized void start(String service, Duration timeout) {
        faults.check(WindowsFaults.Op.START_SERVICE, service);
        requireElevation("StartService");
        ServiceInfo s = service(service);
        if (s.state() == ServiceInfo.State.RUNNING) {
            return;
        }
        if (s.state() == ServiceInfo.State.PENDING) {
            state(service, ServiceInfo.State.RUNNING);
            return;
        }
        String account = s.account();
        if (!builtIn(account)) {
            char[] real = passwords.get(localKey(account));
            boolean right = rightsOf(account).contains(SERVICE_LOGON);
            if (!right || real == null || !Arrays.equals(real, servicePasswords.getOrDefault(key(service), new char[0]))) {
                throw new WindowsException(WindowsException.SERVICE_LOGON_FAILED, Msg.of("windows.logon-failed", service, account));
            }
        }
        runningAs.put(key(service), account);
        Duration takes = startTime;
        startTime = Duration.ZERO;
        if (takes.compareTo(timeout) > 0) {
            state(service, ServiceInfo.State.PENDING);
            throw new WindowsException(1053, Msg.of("windows.start-timeout", service, timeout.toSeconds()));
        }
        state(service, ServiceInfo.State.RUNNING);
    }

    private static boolean builtIn(String account) {
        String a = account.toUpperCase(Locale.ROOT);
        return a.equals("LOCALSYSTEM") || a.equals(".\\LOCALSYSTEM") || a.startsWith("NT AUTHORITY\\");
    }

    private void state(String service, ServiceInfo.State state) {
        ServiceInfo s = service(service);
        services.put(key(service), new ServiceInfo(s.name(), s.displayName(), s.account(), state, s.imagePath()));
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
        faults.check(WindowsFaults.Op.READ_IIS, "list site");
        return List.copyOf(sites.values());
    }

    @Override
    public synchronized AppPool appPool(String name) {
        return pools.get(key(name));
    }

    /** A built-in identity clears the user name and the stored password, as IIS Manager does. */
    @Override
    public synchronized void setAppPoolIdentity(String pool, String identityType, String userName, char[] password) {
        faults.check(WindowsFaults.Op.SET_POOL_IDENTITY, "set apppool");
        requireElevation("Microsoft.Web.Administration");
        boolean specific = "SpecificUser".equalsIgnoreCase(identityType);
        pools.put(key(pool), new AppPool(pool, identityType, specific && userName != null ? userName : ""));
        poolPasswords.put(key(pool), specific && password != null ? password.clone() : new char[0]);
    }

    /** A worker logs on as a specific user only with the real password and "Log on as a batch job"; else 503 and the pool stops. */
    @Override
    public synchronized Optional<Msg> checkPool(String pool, Site site) {
        AppPool p = pools.get(key(pool));
        if ("SpecificUser".equalsIgnoreCase(p.identityType())) {
            char[] real = passwords.get(localKey(p.userName()));
            boolean batch = rightsOf(p.userName()).contains(BATCH_LOGON);
            if (real == null || !batch || !Arrays.equals(real, poolPasswords.getOrDefault(key(pool), new char[0]))) {
                poolStates.put(key(pool), "Stopped");
                return Optional.of(Msg.of("windows.pool-503", pool, site.name()));
            }
        }
        poolStates.put(key(pool), "Started");
        return Optional.empty();
    }

    /** Webmail answers through a web binding unless the site's IP restrictions leave this machine (127.0.0.1) out. */
    @Override
    public synchronized Optional<Msg> reach(Site site) {
        Site now = sites().stream().filter(s -> s.name().equalsIgnoreCase(site.name())).findFirst().orElse(site);
        if (faults.fires(WindowsFaults.Op.REACH_WEBMAIL) || now.bindings().stream().noneMatch(Binding::web)) {
            return Optional.of(Msg.of("windows.webmail-unreachable", now.name()));
        }
        IpSecurity ip = ipSecurity(now.name());
        boolean allowed = ip.allowUnlisted() || ip.entries().stream().filter(IpSecurity.Entry::allowed).anyMatch(e -> covers(e, "127.0.0.1"));
        return allowed ? Optional.empty() : Optional.of(Msg.of("windows.webmail-denied", now.name(), "127.0.0.1"));
    }

    private static boolean covers(IpSecurity.Entry e, String address) {
        try {
            int prefix = e.subnetMask().isEmpty() ? 32 : Integer.bitCount(java.nio.ByteBuffer.wrap(
                    java.net.InetAddress.getByName(e.subnetMask()).getAddress()).getInt());
            return lockdown.core.Cidr.parse(e.ipAddress() + "/" + prefix).contains(lockdown.core.Cidr.parse(address));
        } catch (java.io.IOException | RuntimeException notAnAddress) {
            return false;
        }
    }

    @Override
    public synchronized IpSecurity ipSecurity(String site) {
        return ipSecurity.getOrDefault(key(site), IpSecurity.defaults());
    }

    /** One commit: an entry IIS rejects leaves the whole section as it was. */
    @Override
    public synchronized void setIpSecurity(String site, IpSecurity security) {
        faults.check(WindowsFaults.Op.SET_IP_SECURITY, "set config ipSecurity");
        requireElevation("Microsoft.Web.Administration");
        for (IpSecurity.Entry e : security.entries()) {
            if (rejectedEntries.contains(e.ipAddress())) {
                throw new WindowsException(0x800700B7, Msg.of("windows.ip-entry-rejected", e.ipAddress()));
            }
        }
        ipSecurity.put(key(site), security);
    }

    @Override
    public synchronized void addBinding(String site, Binding binding) {
        faults.check(WindowsFaults.Op.ADD_BINDING, "set site /+bindings");
        requireElevation("appcmd set site");
        Site s = sites.get(key(site));
        if (s.bindings().contains(binding)) {
            throw new WindowsException(0x800700B7, Msg.of("windows.binding-exists", binding.bindingInformation()));
        }
        List<Binding> b = new ArrayList<>(s.bindings());
        b.add(binding);
        sites.put(key(site), new Site(s.name(), b, s.physicalPath(), s.appPool()));
    }

    @Override
    public synchronized void removeBinding(String site, Binding binding) {
        faults.check(WindowsFaults.Op.REMOVE_BINDING, "set site /-bindings");
        requireElevation("appcmd set site");
        if (binding.equals(wizardBinding)) {
            throw new WindowsException(WindowsException.ACCESS_DENIED, Msg.of("windows.binding-in-use", binding.bindingInformation()));
        }
        Site s = sites.get(key(site));
        List<Binding> b = new ArrayList<>(s.bindings());
        b.remove(binding);
        sites.put(key(site), new Site(s.name(), b, s.physicalPath(), s.appPool()));
    }

    // ---- firewall, elevation, network, disk ---------------------------------------------------

    @Override
    public synchronized List<FirewallRule> inboundRules(int port) {
        return firewall.values().stream().filter(r -> r.port() == port).toList();
    }

    @Override
    public synchronized void add(FirewallRule rule) {
        faults.check(WindowsFaults.Op.ADD_FIREWALL_RULE, "add rule");
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

    @Override
    public synchronized boolean isFolder(String path) {
        return exists(path);
    }

    @Override
    public synchronized Optional<String> readText(String file) {
        return Optional.ofNullable(files.get(key(file)));
    }

    @Override
    public List<String> drives() {
        return List.of("C:\\");
    }
}
