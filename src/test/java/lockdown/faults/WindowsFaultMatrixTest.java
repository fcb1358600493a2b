package lockdown.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import lockdown.DemoTest;
import lockdown.core.Change;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.Outcome;
import lockdown.core.Plan;
import lockdown.core.ProbeResult;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.sim.SimulatedWindows;
import lockdown.sim.WindowsFaults.Fault;
import lockdown.sim.WindowsFaults.Op;
import lockdown.steps.Steps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Windows step's change, failing the way Windows fails: access denied, an account that exists,
 * a service that will not start, appcmd exiting with an error, appcmd output that cannot be read.
 * The change ends rolled back with the server as it was and a message that names what failed; a
 * read that cannot be parsed leaves the step unknown, never compliant or at risk.
 */
class WindowsFaultMatrixTest extends DemoTest {

    static final Map<String, String> TABLE = new ConcurrentHashMap<>();

    static Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        all.add(Arguments.of(Guide.SERVICE_ACCOUNT, Op.CREATE_ACCOUNT, Fault.ACCESS_DENIED, "needs administrator rights"));
        all.add(Arguments.of(Guide.SERVICE_ACCOUNT, Op.CREATE_ACCOUNT, Fault.ACCOUNT_EXISTS, "already exists"));
        all.add(Arguments.of(Guide.LOGON_AS_SERVICE, Op.GRANT_RIGHT, Fault.ACCESS_DENIED, "needs administrator rights"));
        all.add(Arguments.of(Guide.FOLDER_PERMISSIONS, Op.GRANT_MODIFY, Fault.ACCESS_DENIED, "needs administrator rights"));
        all.add(Arguments.of(Guide.SERVICE_IDENTITY, Op.CHANGE_LOGON, Fault.ACCESS_DENIED, "needs administrator rights"));
        all.add(Arguments.of(Guide.SERVICE_IDENTITY, Op.START_SERVICE, Fault.SERVICE_WONT_START, "error 1069"));
        all.add(Arguments.of(Guide.APP_POOL_IDENTITY, Op.SET_POOL_IDENTITY, Fault.COMMAND_FAILED, "appcmd"));
        all.add(Arguments.of(Guide.APP_POOL_IDENTITY, Op.SET_POOL_IDENTITY, Fault.ACCESS_DENIED, "needs administrator rights"));
        all.add(Arguments.of(Guide.WEBMAIL_IP_RESTRICTIONS, Op.SET_IP_SECURITY, Fault.COMMAND_FAILED, "appcmd"));
        all.add(Arguments.of(Guide.WEBMAIL_IP_RESTRICTIONS, Op.SET_IP_SECURITY, Fault.ACCESS_DENIED, "needs administrator rights"));
        all.add(Arguments.of(Guide.WEBMAIL_BINDINGS, Op.ADD_BINDING, Fault.COMMAND_FAILED, "appcmd"));
        all.add(Arguments.of(Guide.WEBMAIL_BINDINGS, Op.REMOVE_BINDING, Fault.COMMAND_FAILED, "appcmd"));
        all.add(Arguments.of(Guide.WEBMAIL_BINDINGS, Op.ADD_FIREWALL_RULE, Fault.ACCESS_DENIED, "needs administrator rights"));
        return all.stream();
    }

    private Settings recommended(Guide g) {
        Finding f = demo.session.probeNow(g);
        Settings out = Settings.EMPTY;
        for (Setting<?> s : Steps.all().get(g).settings()) {
            if (!s.readOnly() && f.recommended().has(s.key())) {
                out = out.withValue(s, f.recommended().get(s.key()));
            }
        }
        return out;
    }

    /** The steps of section 1 before {@code g}, done, so its own order checks pass. */
    private void prerequisites(Guide g) {
        for (Guide before : Guide.steps()) {
            if (before == g || before.section().number() != 1) {
                if (before == g) {
                    return;
                }
                continue;
            }
            assertThat(demo.session.apply(demo.session.plan(before, recommended(before))).orElseThrow().outcome())
                    .isEqualTo(Outcome.VERIFIED);
        }
    }

    @ParameterizedTest(name = "{0} × {1} {2}")
    @MethodSource("matrix")
    void aFailingWindowsCallLeavesTheServerAsItWas(Guide g, Op op, Fault fault, String said) {
        SimulatedWindows w = demo.connection.simulatedWindows().orElseThrow();
        prerequisites(g);
        Plan plan = demo.session.plan(g, recommended(g));
        assertThat(plan.actions()).isNotEmpty();
        w.faults().failNext(op, fault);
        Change c = demo.session.apply(plan).orElseThrow();
        TABLE.put(g.id() + " × " + op + " " + fault, "rolled-back / " + c.outcome().code());
        assertThat(c.outcome()).as(c.result().text()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(c.result().text()).contains(said).containsIgnoringCase("nothing");
        Finding now = demo.session.probeNow(g);
        for (Setting<?> s : Steps.all().get(g).settings()) {
            if (plan.before().has(s) && !s.hidden()) {
                assertThat(s.holds(now.current().get(s.key()), plan.before().get(s.key()))).as(s.key() + " as before").isTrue();
            }
        }
        assertThat(demo.journal.change(c.id()).orElseThrow().outcome()).isEqualTo(Outcome.ROLLED_BACK);
    }

    @ParameterizedTest(name = "reading {0} when appcmd prints what cannot be read")
    @MethodSource("iisSteps")
    void unreadableAppcmdOutputLeavesTheStepUnknown(Guide g) {
        demo.connection.simulatedWindows().orElseThrow().faults().failNext(Op.READ_IIS, Fault.UNPARSEABLE);
        Finding f = demo.session.probeNow(g);
        TABLE.put(g.id() + " × READ_IIS UNPARSEABLE", "unknown / " + f.result().code());
        assertThat(f.result()).isEqualTo(ProbeResult.UNKNOWN);
        assertThat(f.reason().text()).contains("appcmd’s XML could not be read");
    }

    static Stream<Guide> iisSteps() {
        return Stream.of(Guide.APP_POOL_IDENTITY, Guide.WEBMAIL_IP_RESTRICTIONS, Guide.WEBMAIL_BINDINGS);
    }

    @AfterAll
    static void writeTable() throws Exception {
        StringBuilder sb = new StringBuilder("# Windows fault matrix: expected / actual\n\n| step × failure | expected / actual |\n|---|---|\n");
        new java.util.TreeMap<>(TABLE).forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "windows-fault-matrix.md"), sb.toString());
    }
}
