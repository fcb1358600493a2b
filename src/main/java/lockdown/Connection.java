package lockdown;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.List;
import lockdown.core.DataFolder;
import lockdown.core.HostContext;
import lockdown.core.Msg;
import lockdown.core.Journal;
import lockdown.core.Session;
import lockdown.core.Target;
import lockdown.sim.SimulatedSmarterMail;
import lockdown.sim.SimulatedWindows;
import lockdown.smartermail.ApiException;
import lockdown.smartermail.EndpointCatalog;
import lockdown.smartermail.PlainHttp;
import lockdown.smartermail.ServerUrl;
import lockdown.smartermail.SmarterMailClient;
import lockdown.steps.Steps;

/**
 * An open target: the logged-in client, and for the demo the simulators behind it. The CLI and the
 * GUI both open targets here. Closing it stops the demo's simulator.
 */
public final class Connection implements AutoCloseable {

    private final Target target;
    private final SmarterMailClient client;
    private final SimulatedSmarterMail simulator;
    private final SimulatedWindows windows;

    private Connection(Target target, SmarterMailClient client, SimulatedSmarterMail simulator, SimulatedWindows windows) {
        this.target = target;
        this.client = client;
        this.simulator = simulator;
        this.windows = windows;
    }

    /**
     * The demo: a simulated SmarterMail on loopback, reached through the real HTTP client with the
     * demo administrator's login, and a simulated Windows host.
     */
    public static Connection demo() {
        SimulatedSmarterMail sim = SimulatedSmarterMail.start(0);
        try {
            SmarterMailClient client = SmarterMailClient.create(ServerUrl.parse(sim.url()));
            client.login(SimulatedSmarterMail.DEMO_USER, SimulatedSmarterMail.DEMO_PASSWORD.toCharArray());
            SimulatedWindows windows = new SimulatedWindows();
            Target target = new Target(Target.Kind.DEMO, "demo", sim.url(), operator(client), Optional.of(client),
                    Optional.of(windows.host()));
            return new Connection(target, client, sim, windows);
        } catch (RuntimeException e) {
            sim.close();
            throw e;
        }
    }

    /**
     * A SmarterMail server by URL: logs in once (never retried), with the two-factor code if the server
     * asks for one. Windows steps do not apply from here. The caller clears the password after.
     */
    public static Connection server(Login login) {
        SmarterMailClient client = login(login);
        Target target = new Target(Target.Kind.REMOTE, client.baseUrl().host(), client.baseUrl().toString(),
                operator(client), Optional.of(client), Optional.empty(), new HostContext(), notes(login, client));
        return new Connection(target, client, null, null);
    }

    /** Where SmarterMail's web API answers on the server itself after a standard install. */
    public static final String LOCAL_URL = "http://127.0.0.1:9998";

    /** Whether this machine is Windows, where the Windows steps can run. */
    public static boolean windowsHere() {
        return com.sun.jna.Platform.isWindows();
    }

    /**
     * SmarterMail on this Windows machine: API steps through the web API, Windows steps on this host
     * through JNA, appcmd and netsh.
     */
    public static Connection local(Login login) {
        SmarterMailClient client = login(login);
        Target target = new Target(Target.Kind.LOCAL_WINDOWS, hostName(), client.baseUrl().toString(),
                operator(client), Optional.of(client), lockdown.windows.jna.JnaWindows.host(), new HostContext(),
                notes(login, client));
        return new Connection(target, client, null, null);
    }

    /** The shipped endpoint catalog, or that catalog corrected by the administrator's API map file. */
    public static EndpointCatalog catalog(String apiMap) {
        EndpointCatalog shipped = EndpointCatalog.defaults();
        return apiMap == null || apiMap.isBlank() ? shipped : shipped.withOverrides(java.nio.file.Path.of(apiMap.strip()));
    }

    /**
     * Logs in once: plain HTTP only to this machine unless allowed; a two-factor code known beforehand
     * goes with the first call; otherwise, when the server asks for a code, {@code askCode} is asked
     * (a null or empty answer leaves the TWO_FACTOR_REQUIRED error to the caller).
     */
    private static SmarterMailClient login(Login login) {
        okhttp3.HttpUrl url = ServerUrl.parse(login.url());
        PlainHttp.check(url, login.allowPlainHttp());
        SmarterMailClient client = SmarterMailClient.create(url, login.catalog());
        try {
            client.login(login.user(), login.password(), login.code());
        } catch (ApiException e) {
            if (e.kind() != ApiException.Kind.TWO_FACTOR_REQUIRED || login.askCode() == null) {
                throw e;
            }
            String code = login.askCode().get();
            if (code == null || code.isBlank()) {
                throw e;
            }
            client.loginWithCode(code);
        }
        return client;
    }

    private static List<Msg> notes(Login login, SmarterMailClient client) {
        return login.allowPlainHttp() && PlainHttp.remote(client.baseUrl())
                ? List.of(Msg.of("target.plain-http-allowed", client.baseUrl().host())) : List.of();
    }

    private static String hostName() {
        String name = System.getenv("COMPUTERNAME");
        if (name == null || name.isBlank()) {
            try {
                name = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                name = "localhost";
            }
        }
        return name;
    }

    private static String operator(SmarterMailClient client) {
        return System.getProperty("user.name", "?") + " (SmarterMail: " + client.username() + ")";
    }

    public Target target() {
        return target;
    }

    public SmarterMailClient client() {
        return client;
    }

    /** The demo's simulated server, to inspect or to make misbehave. */
    public Optional<SimulatedSmarterMail> simulator() {
        return Optional.ofNullable(simulator);
    }

    public Optional<SimulatedWindows> simulatedWindows() {
        return Optional.ofNullable(windows);
    }

    /** A session on this target, journaling to the per-machine data folder. */
    public Session session(ExecutorService executor) {
        return new Session(target, Steps.all(), new Journal(DataFolder.journal(), Steps::settingsOf), executor);
    }

    @Override
    public void close() {
        client.close();
        if (simulator != null) {
            simulator.close();
        }
    }
}
