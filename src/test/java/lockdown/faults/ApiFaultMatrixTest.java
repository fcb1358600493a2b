package lockdown.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Stream;
import lockdown.core.Change;
import lockdown.core.Enrolment;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.IpRule;
import lockdown.core.Journal;
import lockdown.core.Outcome;
import lockdown.core.Plan;
import lockdown.core.Ports;
import lockdown.core.Session;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.Target;
import lockdown.core.Totp;
import lockdown.sim.SimulatedSmarterMail;
import lockdown.smartermail.Endpoint;
import lockdown.smartermail.EndpointCatalog;
import lockdown.smartermail.ServerUrl;
import lockdown.smartermail.SmarterMailClient;
import lockdown.steps.Steps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every API step's write, broken in every way a server or network breaks it. Whatever happens: the
 * message names the call and says what was left, the server holds either all of "before" or all of
 * "after" (or the change says exactly what is left and can be undone), the journal never calls a
 * change verified unless reading back showed it, and no password, token or two-factor secret is in
 * what the wizard wrote. The table of expected and actual outcomes is printed and written to
 * target/fault-matrix.md.
 */
class ApiFaultMatrixTest {

    /** A step, the write to break, and the values to ask for (the session can prepare them: an enrolment). */
    record Case(Guide step, Endpoint write, Function<Session, Settings> desired) {
        @Override
        public String toString() {
            return step.id();
        }
    }

    static final List<Case> CASES = List.of(
            new Case(Guide.SMTP_RELAY, Endpoint.SET_SMTP_IN, s -> Settings.EMPTY.with(relay(), "nobody")),
            new Case(Guide.RELAY_WHITELIST, Endpoint.SAVE_IP_ACCESS, s -> Settings.EMPTY.with(setting(Guide.RELAY_WHITELIST, "whitelist"),
                    List.of(IpRule.of("198.51.100.7", "Scanner", IpRule.Option.SMTP_AUTH), IpRule.of("198.51.100.8", "Printer")))),
            new Case(Guide.IDS_BRUTE_FORCE, Endpoint.SAVE_IDS_RULE, s -> s.view(Guide.IDS_BRUTE_FORCE).latest().recommended()),
            new Case(Guide.EXTENSION_BLACKLISTS, Endpoint.SET_EXTENSIONS, s -> s.view(Guide.EXTENSION_BLACKLISTS).latest().recommended()),
            new Case(Guide.ADMIN_IP_RESTRICTIONS, Endpoint.SAVE_ADMIN, s -> Settings.EMPTY.with(setting(Guide.ADMIN_IP_RESTRICTIONS,
                    "restrictions"), Map.of("backup-admin", List.of(IpRule.of("203.0.113.0/24", "Office"))))),
            new Case(Guide.ADMIN_2FA, Endpoint.ADMIN_2FA_ENABLE, s -> {
                Enrolment e = s.prepare(Guide.ADMIN_2FA, "backup-admin");
                return Settings.EMPTY.with(setting(Guide.ADMIN_2FA, "enrolment"),
                        e.withCode(Totp.fromBase32(e.secret()).code(Instant.now())));
            }));

    static final Map<String, Map<String, String>> TABLE = new ConcurrentHashMap<>();
    static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    static <T> Setting<T> setting(Guide g, String key) {
        return (Setting<T>) Steps.all().get(g).settings().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    static Setting<String> relay() {
        return setting(Guide.SMTP_RELAY, "allow-relay");
    }

    static Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        for (Case c : CASES) {
            for (FaultProxy.Fault f : FaultProxy.Fault.values()) {
                all.add(Arguments.of(c, f));
            }
        }
        return all.stream();
    }

    /** What should come of the change: recoverable faults end verified, every other one leaves nothing changed. */
    static Set<Outcome> expected(FaultProxy.Fault f) {
        return switch (f) {
            case UNAUTHORIZED_THEN_REFRESHED, EXTRA_FIELDS -> Set.of(Outcome.VERIFIED);
            default -> Set.of(Outcome.ROLLED_BACK);
        };
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("matrix")
    void aBrokenWriteNeverLeavesAHalfTruth(Case c, FaultProxy.Fault fault) throws Exception {
        try (SimulatedSmarterMail sim = SimulatedSmarterMail.start(0);
             FaultProxy proxy = new FaultProxy(sim.url(), c.write(), fault);
             ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor();
             SmarterMailClient client = SmarterMailClient.create(ServerUrl.parse(proxy.url()), EndpointCatalog.defaults(),
                     Duration.ofSeconds(1), Clock.systemUTC())) {
            client.login(SimulatedSmarterMail.DEMO_USER, SimulatedSmarterMail.DEMO_PASSWORD.toCharArray());
            Target t = new Target(Target.Kind.REMOTE, "sim", proxy.url(), "tester", Ports.of(client));
            Journal journal = new Journal(dir.resolve("journal.jsonl"), Steps::settingsOf);
            Session session = new Session(t, Steps.all(), journal, ex);
            session.probeNow(c.step());
            Settings desired = c.desired().apply(session);
            desired.keys().forEach(k -> {
                if (desired.get(k) instanceof Enrolment e) {
                    SECRETS.add(e.secret());
                }
            });
            Plan plan = session.plan(c.step(), desired);
            Change change = session.apply(plan).orElseThrow();
            assertThat(proxy.fired()).as("the fault was produced").isTrue();

            String cell = change.outcome().code();
            TABLE.computeIfAbsent(c.step().id(), k -> new TreeMap<>())
                    .put(fault.name(), String.join("|", expected(fault).stream().map(Outcome::code).sorted().toList()) + " / " + cell);

            // What the server holds, read around the proxy and the session's login (which the fault may have ended).
            Finding now = onTheServer(sim, c.step(), ex);
            boolean holdsBefore = holds(session, c.step(), plan.before(), now);
            boolean holdsAfter = holds(session, c.step(), plan.after(), now);
            String result = change.result().text();
            switch (change.outcome()) {
                case VERIFIED -> assertThat(holdsAfter).as("verified means the server shows the new values").isTrue();
                case ROLLED_BACK -> {
                    assertThat(holdsBefore).as("rolled back means the server shows the old values: " + result).isTrue();
                    assertThat(result).containsIgnoringCase("nothing").contains(plan.actions().getFirst().description().text()
                            .substring(0, 10));
                }
                case FAILED_PARTIAL -> {
                    assertThat(result).contains("still in place");
                    Change undo = session.undo(change.id()).orElseThrow();
                    assertThat(undo.outcome()).as("what is left can be undone").isEqualTo(Outcome.VERIFIED);
                }
                default -> org.assertj.core.api.Assertions.fail("a change must end verified, rolled back or partly in place, not "
                        + change.outcome() + ": " + result);
            }
            assertThat(change.outcome()).as(c + " × " + fault + ": " + result).isIn(expected(fault));
            assertThat(journal.change(change.id()).orElseThrow().outcome()).as("the journal says the same")
                    .isEqualTo(change.outcome());
            String written = Files.readString(journal.file());
            assertThat(written + result).doesNotContain(SimulatedSmarterMail.DEMO_PASSWORD);
            SECRETS.forEach(secret -> assertThat(written + result).doesNotContain(secret));
        }
    }

    private Finding onTheServer(SimulatedSmarterMail sim, Guide g, ExecutorService ex) {
        SmarterMailClient direct = SmarterMailClient.create(ServerUrl.parse(sim.url()));
        direct.login(SimulatedSmarterMail.DEMO_USER, SimulatedSmarterMail.DEMO_PASSWORD.toCharArray());
        Target t = new Target(Target.Kind.REMOTE, "sim", sim.url(), "checker", Ports.of(direct));
        try {
            return new Session(t, Steps.all(), new Journal(dir.resolve("checker.jsonl"), Steps::settingsOf), ex).probeNow(g);
        } finally {
            direct.close();
        }
    }

    private static boolean holds(Session session, Guide g, Settings wanted, Finding now) {
        for (Setting<?> s : session.step(g).settings()) {
            if (wanted.has(s) && !s.holds(now.current().get(s.key()), wanted.get(s.key()))) {
                return false;
            }
        }
        return true;
    }

    @AfterAll
    static void writeTable() throws Exception {
        StringBuilder sb = new StringBuilder("# Fault matrix: expected / actual outcome of a broken write\n\n| step |");
        for (FaultProxy.Fault f : FaultProxy.Fault.values()) {
            sb.append(' ').append(f.name().toLowerCase().replace('_', ' ')).append(" |");
        }
        sb.append("\n|---|").append("---|".repeat(FaultProxy.Fault.values().length)).append('\n');
        for (Case c : CASES) {
            sb.append("| ").append(c.step().id()).append(" |");
            for (FaultProxy.Fault f : FaultProxy.Fault.values()) {
                sb.append(' ').append(TABLE.getOrDefault(c.step().id(), Map.of()).getOrDefault(f.name(), "not run")).append(" |");
            }
            sb.append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "fault-matrix.md"), sb.toString());
    }
}
