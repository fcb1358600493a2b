package lockdown.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import lockdown.core.Change;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.Journal;
import lockdown.core.Outcome;
import lockdown.core.Ports;
import lockdown.core.Session;
import lockdown.core.Setting;
import lockdown.core.Target;
import lockdown.sim.SimulatedSmarterMail;
import lockdown.smartermail.ServerUrl;
import lockdown.smartermail.SmarterMailClient;
import lockdown.steps.Steps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments of real multi-action changes: the command line (target/lockdown, a
 * separate process) applies against a simulator answering after a delay, and is killed while it
 * works. The next run finds what it left: after recovery the server holds all of "before" or all of
 * "after", and the journal says which. 20 runs per kind of change, two at a time.
 */
class KillHarnessTest {

    static final int RUNS = 20;
    static final Duration LATENCY = Duration.ofMillis(60);
    static final Map<String, int[]> TALLY = new ConcurrentHashMap<>();

    /** A multi-action change: the step and its --set. */
    record Kind(Guide step, String set) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind(Guide.RELAY_WHITELIST, "whitelist=198.51.100.7,smtp-auth=Scanner;198.51.100.8=Printer;198.51.100.9=Copier"),
            new Kind(Guide.EXTENSION_BLACKLISTS, ""));

    @TempDir
    Path dir;

    @Test
    void whereverTheProcessDiesTheServerEndsAllBeforeOrAllAfter() throws Exception {
        Path launcher = Path.of("target", System.getProperty("os.name").startsWith("Windows") ? "lockdown.cmd" : "lockdown");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(launcher), "the build writes target/lockdown");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (Kind k : KINDS) {
            for (int worker = 0; worker < 2; worker++) {
                int w = worker;
                done.add(pool.submit(() -> {
                    runs(launcher, k, dir.resolve(k.step().id() + "-" + w), new Random(31L * w + k.hashCode()));
                    return null;
                }));
            }
        }
        for (Future<?> f : done) {
            f.get(110, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }

    private void runs(Path launcher, Kind k, Path data, Random random) throws Exception {
        try (SimulatedSmarterMail sim = SimulatedSmarterMail.start(0)) {
            sim.knobs().latency(LATENCY);
            for (int run = 0; run < RUNS / 2; run++) {
                Path d = data.resolve("run-" + run);
                try {
                    once(launcher, k, d, sim, random);
                } catch (Exception | AssertionError e) {
                    throw new AssertionError(k.step().id() + " run " + run + ": " + e.getMessage() + "\njournal:\n"
                            + Files.readString(d.resolve("journal.jsonl")) + "\noutput:\n" + Files.readString(d.resolve("out.txt")), e);
                }
            }
        }
    }

    private void once(Path launcher, Kind k, Path data, SimulatedSmarterMail sim, Random random) throws Exception {
        Files.createDirectories(data);
        List<String> command = new ArrayList<>(List.of(launcher.toAbsolutePath().toString(), "apply", "--server", sim.url(), "--user",
                SimulatedSmarterMail.DEMO_USER, "--step", k.step().id()));
        if (!k.set().isEmpty()) {
            command.addAll(List.of("--set", k.set()));
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(data.resolve("out.txt").toFile());
        pb.environment().put("SMLOCKDOWN_PASSWORD", SimulatedSmarterMail.DEMO_PASSWORD);
        pb.environment().put("SMLOCKDOWN_DATA", data.toString());
        Path journalFile = data.resolve("journal.jsonl");
        Process p = pb.start();
        // Wait for the change to begin (its intent in the journal), then kill it at a random moment of its actions.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!intentWritten(journalFile) && p.isAlive() && System.nanoTime() < until) {
            Thread.sleep(3);
        }
        Thread.sleep(random.nextInt((int) LATENCY.toMillis() * 6));
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        try (SmarterMailClient client = SmarterMailClient.create(ServerUrl.parse(sim.url()));
             ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            sim.knobs().latency(Duration.ZERO);
            client.login(SimulatedSmarterMail.DEMO_USER, SimulatedSmarterMail.DEMO_PASSWORD.toCharArray());
            Journal journal = new Journal(journalFile, Steps::settingsOf);
            Session s = new Session(new Target(Target.Kind.REMOTE, "sim", sim.url(), "harness", Ports.of(client)), Steps.all(), journal, ex);
            // A write the killed process sent may land after it died: the simulator takes LATENCY per call, so twice that is enough.
            s.settleAfterCrash(LATENCY.multipliedBy(4));
            List<Change> all = journal.changes();
            assertThat(all).as("one change per run").hasSizeLessThanOrEqualTo(1);
            String how;
            if (all.isEmpty()) {
                how = "killed before it began";
                assertThat(Files.readString(data.resolve("out.txt"))).as("nothing happened but the kill").doesNotContain("Error");
            } else {
                Change c = all.getFirst();
                boolean keep = random.nextInt(3) == 0;
                Change end = c.outcome() == Outcome.INTERRUPTED ? s.recover(c.id(), keep) : c;
                if (end.outcome() == Outcome.FAILED_PARTIAL) {
                    end = s.undo(c.id()).map(u -> journal.change(c.id()).orElseThrow()).orElseThrow();
                    assertThat(holds(s, c.step(), c.before())).as("undo finished what was kept").isTrue();
                    how = "kept partly, then undone";
                } else {
                    how = (c.outcome() == Outcome.INTERRUPTED ? (keep ? "kept: " : "reverted: ") : "finished: ") + end.outcome().code();
                }
                Outcome said = journal.change(c.id()).orElseThrow().outcome();
                boolean before = holds(s, c.step(), c.before());
                boolean after = holds(s, c.step(), c.after());
                assertThat(before || after).as(how + ": the server holds all of before or all of after").isTrue();
                if (said == Outcome.VERIFIED) {
                    assertThat(after).as("the journal says it took").isTrue();
                    s.undo(c.id());
                } else if (how.startsWith("kept partly")) {
                    assertThat(before).isTrue();
                } else {
                    assertThat(said).as(how).isIn(Outcome.ROLLED_BACK, Outcome.REVERTED);
                    assertThat(before).as("the journal says nothing is changed").isTrue();
                }
                assertThat(s.interrupted()).as("nothing left interrupted").isEmpty();
            }
            TALLY.computeIfAbsent(k.step().id() + ": " + how, x -> new int[1])[0]++;
            sim.knobs().latency(LATENCY);
        }
    }

    private static boolean intentWritten(Path journal) throws IOException {
        return Files.exists(journal) && Files.readString(journal).contains("\"phase\":\"intent\"");
    }

    private static boolean holds(Session s, Guide g, lockdown.core.Settings wanted) {
        Finding now = s.probeNow(g);
        for (Setting<?> setting : s.step(g).settings()) {
            if (wanted.has(setting) && !setting.holds(now.current().get(setting.key()), wanted.get(setting.key()))) {
                return false;
            }
        }
        return true;
    }

    @AfterAll
    static void tally() throws java.io.IOException {
        StringBuilder sb = new StringBuilder("Kill harness: where the process died, and how it ended\n");
        new java.util.TreeMap<>(TALLY).forEach((k, v) -> sb.append("  ").append(v[0]).append(" × ").append(k).append('\n'));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "kill-harness.txt"), sb.toString());
    }
}
