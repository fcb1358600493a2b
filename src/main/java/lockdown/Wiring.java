package lockdown;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import lockdown.base.Msg;
import lockdown.core.DataFolder;
import lockdown.core.Guide;
import lockdown.core.HostContext;
import lockdown.core.Journal;
import lockdown.core.JournalArchive;
import lockdown.core.Ports;
import lockdown.core.Session;
import lockdown.core.Step;
import lockdown.core.Target;
import lockdown.core.TargetLock;
import lockdown.sim.SimulatedSmarterMail;
import lockdown.sim.SimulatedWindows;
import lockdown.smartermail.ApiException;
import lockdown.smartermail.EndpointCatalog;
import lockdown.smartermail.PlainHttp;
import lockdown.smartermail.ServerUrl;
import lockdown.smartermail.SmarterMailClient;
import lockdown.smartermail.TrustedCertificates;
import lockdown.steps.ScheduledRevert;
import lockdown.steps.Steps;
import lockdown.windows.jna.JnaWindows;

/**
 * The composition root: the one place that builds what the wizard runs on, for the window and the
 * command line alike. The data folder, its trusted certificates and its journal; the endpoint
 * catalog (with the administrator's API map); the SmarterMail client; this Windows host; the steps,
 * built once; and a session on a target.
 */
public final class Wiring {

    /** Where SmarterMail's web API answers on the server itself after a standard install. */
    public static final String LOCAL_URL = "http://127.0.0.1:9998";

    private final Path data;
    private final TrustedCertificates trusted;
    private final Map<Guide, Step> steps = Steps.all();

    public Wiring(Path data) {
        this.data = data;
        this.trusted = new TrustedCertificates(data.resolve("trusted-certificates.json"));
    }

    /** The per-machine data folder ({@link DataFolder}). */
    public static Wiring standard() {
        return new Wiring(DataFolder.resolve());
    }

    public Path data() {
        return data;
    }

    /** Certificates the administrator trusted, per server. */
    public TrustedCertificates trustedCertificates() {
        return trusted;
    }

    public Map<Guide, Step> steps() {
        return steps;
    }

    /** The shipped endpoint catalog, or that catalog corrected by the administrator's API map file. */
    public EndpointCatalog catalog(String apiMap) {
        EndpointCatalog shipped = EndpointCatalog.defaults();
        return apiMap == null || apiMap.isBlank() ? shipped : shipped.withOverrides(Path.of(apiMap.strip()));
    }

    /** Whether this machine is Windows, where the Windows steps can run. */
    public static boolean windowsHere() {
        return JnaWindows.here();
    }

    /** The journal in the data folder. */
    public Journal journal() {
        return new Journal(data.resolve("journal.jsonl"), Steps::settingsOf);
    }

    /**
     * Keeps a change that waits for confirmation, from anywhere on this machine, without a login: the
     * confirmation goes into the journal (the waiting wizard and the scheduled task read it there),
     * and this machine's scheduled revert of it is removed. Refused when it does not wait.
     */
    public Msg confirm(String changeId) {
        Journal journal = journal();
        if (journal.isConfirmed(changeId)) {
            return Msg.of("ui.confirm.kept", changeId);
        }
        if (journal.awaitingUntil(changeId).isEmpty()) {
            throw new lockdown.base.StepException(Msg.of("confirm.not-awaiting", changeId));
        }
        journal.confirmed(changeId);
        JnaWindows.host().ifPresent(h -> new ScheduledRevert(h.scheduler(), "", "").cancel(changeId));
        return Msg.of("ui.confirm.kept", changeId);
    }

    /**
     * A session on the connection's target, journaling into the data folder. The target is locked
     * for this connection first: a second wizard on the same target is refused until this one closes.
     */
    public Session session(Connection c, ExecutorService executor) {
        c.lock(() -> TargetLock.acquire(data.resolve("locks"), c.target().key()));
        return new Session(c.target(), steps, c.target().isDemo() ? demoJournal(c) : archived(journal()), executor);
    }

    /**
     * The journal after its old ended changes moved to the archive ({@link JournalArchive}). That is
     * housekeeping: when it fails, the journal is whole and the session goes on with it.
     */
    private static Journal archived(Journal journal) {
        var log = java.util.logging.Logger.getLogger(Wiring.class.getName());
        try {
            int moved = JournalArchive.archive(journal, JournalArchive.KEEP);
            if (moved > 0) {
                log.info(moved + " old changes moved to " + JournalArchive.archiveOf(journal));
            }
        } catch (lockdown.base.LockdownException e) {
            log.warning("the journal's old changes stay where they are: " + e.getMessage());
        }
        return journal;
    }

    /**
     * The demo's own journal, one per demo connection, gone when it closes: each demo starts a
     * fresh simulator, so its history means nothing to the next one, and the real journal is never
     * read through or filled with it. Files a crashed demo left are removed after a day.
     */
    private Journal demoJournal(Connection c) {
        Path dir = data.resolve("demo");
        try {
            lockdown.base.Private.folder(dir);
            try (var old = java.nio.file.Files.newDirectoryStream(dir, "journal-*")) {
                for (Path f : old) {
                    if (java.nio.file.Files.getLastModifiedTime(f).toInstant().isBefore(java.time.Instant.now().minus(java.time.Duration.ofDays(1)))) {
                        java.nio.file.Files.deleteIfExists(f);
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new lockdown.base.LockdownException(Msg.of("journal.unwritable", dir, e.getMessage()), e);
        }
        Journal journal = new Journal(dir.resolve("journal-" + ProcessHandle.current().pid() + "-"
                + Integer.toHexString(System.identityHashCode(c)) + ".jsonl"), Steps::settingsOf);
        c.onClose(() -> {
            try {
                journal.delete();
            } catch (java.io.IOException ignored) {
                // removed after a day by the next demo
            }
        });
        return journal;
    }

    /**
     * The demo: a simulated SmarterMail on loopback, reached through the real HTTP client with the
     * demo administrator's login, and a simulated Windows host.
     */
    public Connection demo() {
        SimulatedSmarterMail sim = SimulatedSmarterMail.start(0);
        try {
            SmarterMailClient client = client(ServerUrl.parse(sim.url()), EndpointCatalog.defaults());
            client.login(SimulatedSmarterMail.DEMO_USER, SimulatedSmarterMail.DEMO_PASSWORD.toCharArray());
            SimulatedWindows windows = new SimulatedWindows();
            Target target = new Target(Target.Kind.DEMO, "demo", sim.url(), operator(client), new HostContext(), List.of(),
                    Ports.of(client, windows.host(), new ScheduledRevert(windows, "smartermail-lockdown", sim.url())));
            return new Connection(this, target, client, sim, windows);
        } catch (RuntimeException e) {
            sim.close();
            throw e;
        }
    }

    /** A simulated SmarterMail server running on its own: where it answers, its administrator, and how to stop it. */
    public record Simulation(String url, String user, Runnable stop) {
    }

    /**
     * Starts the demo's simulated SmarterMail on this port (0: any free one), answering each call after
     * {@code latency}, for trying the wizard or the CLI against it.
     */
    public static Simulation simulate(int port, Duration latency) {
        SimulatedSmarterMail sim = SimulatedSmarterMail.start(port);
        sim.knobs().latency(latency);
        return new Simulation(sim.url(), SimulatedSmarterMail.DEMO_USER, sim::close);
    }

    /**
     * A SmarterMail server by URL: logs in once (never retried), with the two-factor code if the server
     * asks for one. Windows steps do not apply from here. The caller clears the password after.
     */
    public Connection server(Login login) {
        SmarterMailClient client = login(login);
        Target target = new Target(Target.Kind.REMOTE, client.baseUrl().host(), client.baseUrl().toString(),
                operator(client), new HostContext(), notes(login, client), Ports.of(client));
        return new Connection(this, target, client, null, null);
    }

    /**
     * SmarterMail on this Windows machine: API steps through the web API, Windows steps on this host
     * through JNA, appcmd, PowerShell and netsh.
     */
    public Connection local(Login login) {
        SmarterMailClient client = login(login);
        var host = JnaWindows.host();
        Target target = new Target(Target.Kind.LOCAL_WINDOWS, hostName(), client.baseUrl().toString(),
                operator(client), new HostContext(), notes(login, client), Ports.of(client, host, revert(host, client.baseUrl().toString())));
        return new Connection(this, target, client, null, null);
    }

    /**
     * This Windows machine without a SmarterMail login: only the Windows steps, for the scheduled task
     * that reverts an unconfirmed change ({@code undo --local --if-unconfirmed}, run as SYSTEM). The
     * address is the one the change was made through, which the journal knows the target by.
     */
    public Connection localWindowsOnly(String apiUrl) {
        var host = JnaWindows.host();
        Target target = new Target(Target.Kind.LOCAL_WINDOWS, hostName(), ServerUrl.parse(apiUrl).toString(),
                System.getProperty("user.name", "?") + " (scheduled revert)", new HostContext(), List.of(),
                Ports.of(host, revert(host, apiUrl)));
        return new Connection(this, target, null, null, null);
    }

    /** The scheduled revert of unconfirmed changes, when this is the installed wizard (the task runs its launcher). */
    private static java.util.Optional<ScheduledRevert> revert(java.util.Optional<lockdown.windows.WindowsHost> host, String apiUrl) {
        String launcher = System.getProperty("jpackage.app-path");
        return host.filter(h -> launcher != null).map(h -> new ScheduledRevert(h.scheduler(), launcher, apiUrl));
    }

    /** A client of this wiring: certificates checked against this machine's authorities, then the ones trusted here. */
    public SmarterMailClient client(ServerUrl url, EndpointCatalog catalog) {
        return client(url, catalog, trusted);
    }

    private static SmarterMailClient client(ServerUrl url, EndpointCatalog catalog, TrustedCertificates trust) {
        return SmarterMailClient.create(url, catalog, Duration.ofSeconds(30), Clock.systemUTC(), trust);
    }

    /**
     * Logs in once: plain HTTP only to this machine unless allowed; a two-factor code known beforehand
     * goes with the first call; otherwise, when the server asks for a code, {@code askCode} is asked
     * (a null or empty answer leaves the TWO_FACTOR_REQUIRED error to the caller). A certificate the
     * administrator accepted is used for this login and kept only when the login succeeded.
     */
    private SmarterMailClient login(Login login) {
        ServerUrl url = ServerUrl.parse(login.url());
        PlainHttp.check(url, login.allowPlainHttp());
        String server = SmarterMailClient.serverKey(url);
        TrustedCertificates trust = login.trustFingerprint() == null ? trusted : trusted.pending(server, login.trustFingerprint());
        SmarterMailClient client = client(url, login.catalog(), trust);
        try {
            logIn(client, login);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        if (login.trustFingerprint() != null) {
            trusted.trust(server, login.trustFingerprint());
        }
        return client;
    }

    private static void logIn(SmarterMailClient client, Login login) {
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
    }

    private static List<Msg> notes(Login login, SmarterMailClient client) {
        List<Msg> notes = new java.util.ArrayList<>();
        if (client.simulator()) {
            notes.add(Target.SIMULATOR);
        }
        if (login.allowPlainHttp() && PlainHttp.remote(client.baseUrl())) {
            notes.add(Msg.of("target.plain-http-allowed", client.baseUrl().host()));
        }
        return notes;
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
}
