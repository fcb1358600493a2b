package lockdown.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lockdown.Wiring;
import lockdown.sim.SimulatedSmarterMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way the command line says no: a message people can act on, exit 2, never a raw key or an exception. */
class CliErrorPathsTest {

    static SimulatedSmarterMail sim;

    @BeforeAll
    static void start() {
        sim = SimulatedSmarterMail.start(0);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    record Run(int exit, String text) {
    }

    static Run run(List<String> args) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(all, true, StandardCharsets.UTF_8);
        Passwords passwords = user -> SimulatedSmarterMail.DEMO_PASSWORD.toCharArray();
        int exit = new Cli(ps, ps, passwords, Wiring.standard()).run(args);
        return new Run(exit, all.toString(StandardCharsets.UTF_8));
    }

    static Stream<List<String>> errors() {
        String server = sim.url();
        List<List<String>> all = new ArrayList<>(List.of(
                List.of("audti", "--demo"), List.of("nonsense"),
                List.of("audit"), List.of("audit", "--demo", "--server", server), List.of("audit", "--server", server),
                List.of("audit", "--server", "ftp://mail.example.com", "--user", "admin"),
                List.of("audit", "--server", "http://192.0.2.10:9998", "--user", "admin"),
                List.of("audit", "--demo", "--bogus"), List.of("audit", "--demo", "--api-map", "x.json"),
                List.of("audit", "--server", server, "--user", "admin", "--api-map", "/no/such/map.json"),
                List.of("audit", "--server", server, "--user", "admin", "--trust-certificate", "junk"),
                List.of("apply", "--demo"), List.of("apply", "--demo", "--step", "nope"),
                List.of("apply", "--demo", "--step", "smtp-relay", "--set", "foo=bar"),
                List.of("apply", "--demo", "--step", "smtp-relay", "--set", "allow-relay"),
                List.of("apply", "--demo", "--step", "smtp-relay", "--set", "allow-relay=everyone"),
                List.of("apply", "--demo", "--step", "relay-whitelist", "--set", "whitelist=;,=x"),
                List.of("apply", "--demo", "--step", "admin-ip-restrictions", "--set", "restrictions=a:1.2.3.4|a:5.6.7.8"),
                List.of("apply", "--demo", "--step", "ids-brute-force", "--set", "threshold=0"),
                List.of("apply", "--demo", "--step", "smtp-relay", "--confirm-within", "forever"),
                List.of("undo", "--demo"), List.of("undo", "--demo", "--change", "no-such-change"), List.of("undo", "--demo", "--last"),
                List.of("recover", "--demo"), List.of("recover", "--demo", "--last"), List.of("confirm"),
                List.of("confirm", "--change", "no-such-change"),
                List.of("mark-done", "--demo"), List.of("export", "--demo"), List.of("export", "--demo", "--format", "pdf", "--out", "x.pdf"),
                List.of("export", "--demo", "--format", "html", "--out", "no-such-folder/x.html"),
                List.of("merge", "--format", "html", "--out", "x.html"), List.of("merge", "nothing.json", "--format", "html", "--out", "x.html"),
                List.of("diff", "only-one.json"), List.of("profile", "--demo"), List.of("audit", "--demo", "--profile", "no-such-profile.json"),
                List.of("apply", "--demo", "--all", "--step", "smtp-relay"),
                List.of("simulate", "--port", "99999"), List.of("simulate", "--latency", "soon")));
        if (!System.getProperty("os.name").startsWith("Windows")) {
            all.add(List.of("audit", "--local", "--user", "admin"));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void saysWhatIsWrongInWords(List<String> args) {
        Run r = run(args);
        assertThat(r.exit()).as(r.text()).isEqualTo(Cli.ERROR);
        assertThat(r.text()).as("no raw message key").doesNotContainPattern("![a-z][a-z0-9.-]*!");
        assertThat(r.text()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMistypedCommandIsNotTakenForTheWindowAndGetsASuggestion() {
        assertThat(Cli.wanted(List.of("audti", "--demo"))).as("the command line, not the window").isTrue();
        assertThat(Cli.wanted(List.of("--elevated"))).isFalse();
        Run r = run(List.of("audti", "--demo"));
        assertThat(r.text()).contains("Unknown command “audti”").contains("Did you mean “audit”?").contains("--local").contains("--self-test");
        assertThat(run(List.of("undp")).text()).contains("Did you mean “undo”?");
        assertThat(run(List.of("xyzzy")).text()).doesNotContain("Did you mean");
    }

    @Test
    void aPortInUseIsOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run r = run(List.of("simulate", "--port", String.valueOf(taken.getLocalPort())));
            assertThat(r.exit()).isEqualTo(Cli.ERROR);
            assertThat(r.text().strip().lines()).hasSize(1);
            assertThat(r.text()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()).contains("another program uses that port");
        }
    }
}
