package lockdown.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lockdown.Wiring;
import lockdown.sim.SimulatedSmarterMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** apply --confirm-within, confirm --change and undo --if-unconfirmed: a change that could cut someone off, from the command line. */
class ConfirmCliTest {

    SimulatedSmarterMail sim;

    @BeforeEach
    void start() {
        sim = SimulatedSmarterMail.start(0);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private static CliRun.Run run(String... args) {
        return CliRun.call(args);
    }

    private String[] restrictBackup(String window) {
        return new String[] {"apply", "--server", sim.url(), "--user", "admin", "--step", "admin-ip-restrictions",
            "--set", "restrictions=backup-admin:203.0.113.0/24", "--confirm-within", window};
    }

    private boolean restricted() {
        return sim.state().admin("backup-admin").path("ipRestrictionsEnabled").asBoolean();
    }

    @Test
    void withoutAConfirmationTheChangeIsUndoneAtTheDeadline() {
        CliRun.Run r = run(restrictBackup("2s"));
        assertThat(r.out()).contains("could cut someone off").contains("confirm --change");
        assertThat(r.out()).contains("undone by itself").contains("nobody confirmed it in time");
        assertThat(r.exit()).isEqualTo(Cli.AT_RISK);
        assertThat(restricted()).isFalse();
    }

    @Test
    void confirmFromAnotherShellKeepsIt() throws Exception {
        CompletableFuture<CliRun.Run> applying = CompletableFuture.supplyAsync(() -> run(restrictBackup("30s")));
        String id = null;
        for (int i = 0; i < 200 && id == null; i++) {
            id = Wiring.standard().journal().changes().stream().filter(c -> Wiring.standard().journal().awaitingUntil(c.id()).isPresent())
                    .filter(c -> c.target().contains(sim.url().replaceAll(".*:", ":"))).map(c -> c.id()).findFirst().orElse(null);
            Thread.sleep(100);
        }
        assertThat(id).as("the change waits").isNotNull();
        CliRun.Run confirm = run("confirm", "--change", id);
        assertThat(confirm.exit()).isEqualTo(Cli.OK);
        assertThat(confirm.out()).contains("is kept");
        CliRun.Run applied = applying.get(30, TimeUnit.SECONDS);
        assertThat(applied.exit()).as(applied.out()).isEqualTo(Cli.OK);
        assertThat(applied.out()).contains("is kept");
        assertThat(restricted()).isTrue();

        CliRun.Run task = run("undo", "--server", sim.url(), "--user", "admin", "--change", id, "--if-unconfirmed");
        assertThat(task.exit()).isEqualTo(Cli.OK);
        assertThat(task.out()).contains("was confirmed; nothing is undone");
        assertThat(restricted()).isTrue();
        assertThat(run("confirm", "--change", "no-such-change").exit()).isEqualTo(Cli.ERROR);
    }

    @Test
    void aWindowOfZeroKeepsItAtOnceAndABadWindowNamesTheField() {
        CliRun.Run r = run(restrictBackup("0"));
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(restricted()).isTrue();
        CliRun.Run bad = run(restrictBackup("25h"));
        assertThat(bad.exit()).isEqualTo(Cli.ERROR);
        assertThat(bad.err()).contains("is not a time such as 5m");
    }
}
