package lockdown.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lockdown.sim.SimulatedSmarterMail;
import lockdown.smartermail.Endpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit code table end to end, through the launcher the build writes (target/lockdown, or
 * target/lockdown.cmd on Windows) and the README's examples use: a separate process whose exit
 * status is the wizard's own.
 */
class LauncherExitCodesTest {

    @TempDir
    Path data;
    SimulatedSmarterMail sim;

    @BeforeEach
    void start() {
        sim = SimulatedSmarterMail.start(0);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    record Run(int exit, String out) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        Path launcher = Path.of("target", windows ? "lockdown.cmd" : "lockdown").toAbsolutePath();
        assertThat(launcher).as("the build writes the launcher").exists();
        List<String> command = new ArrayList<>();
        if (windows) {
            command.addAll(List.of("cmd.exe", "/c"));
        }
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SMLOCKDOWN_DATA", data.toString());
        pb.environment().put("SMLOCKDOWN_PASSWORD", SimulatedSmarterMail.DEMO_PASSWORD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void zeroWhenTheChangeTookAndWasVerified() throws Exception {
        Run r = run("apply", "--server", sim.url(), "--user", "admin", "--step", "smtp-relay");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(sim.state().allowRelay()).isEqualTo("Nobody");
    }

    @Test
    void oneWhenSomethingIsAtRisk() throws Exception {
        Run r = run("audit", "--demo");
        assertThat(r.exit()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).contains("At risk");
    }

    @Test
    void twoForAnError() throws Exception {
        Run r = run("audit", "--server", "ftp://mail.example.com", "--user", "admin");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("must start with https://").doesNotContain("Exception");
    }

    @Test
    void threeWhenTheStepCouldNotBeAssessedAndNeedsDoingByHand() throws Exception {
        sim.knobs().missing(Endpoint.GET_SMTP_IN).missing(Endpoint.SET_SMTP_IN);
        Run r = run("apply", "--server", sim.url(), "--user", "admin", "--step", "smtp-relay");
        assertThat(r.exit()).as(r.out()).isEqualTo(3);
        assertThat(r.out()).contains("To do by hand:").contains("1. ").contains("mark-done --step smtp-relay")
                .contains("Nothing was changed.");
    }
}
