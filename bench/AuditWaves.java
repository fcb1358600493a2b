import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import lockdown.Wiring;
import lockdown.cli.Cli;
import lockdown.sim.RequestLog;
import lockdown.sim.SimulatedSmarterMail;

/**
 * An audit of a server that answers every request after a delay: how many requests, in how many
 * serial waves, and how long it took against one round trip. Run by bench/run.sh with the
 * project's classes on the class path: java -cp CLASSPATH bench/AuditWaves.java [LATENCY_MS] [RUNS]
 */
public class AuditWaves {

    public static void main(String[] args) throws Exception {
        int latency = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (SimulatedSmarterMail sim = SimulatedSmarterMail.start(0)) {
            sim.knobs().latency(Duration.ofMillis(latency));
            List<Long> millis = new ArrayList<>();
            int requests = 0;
            int waves = 0;
            for (int i = 0; i < runs; i++) {
                sim.log().clear();
                long t0 = System.nanoTime();
                int exit = new Cli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()),
                        Map.of("SMLOCKDOWN_PASSWORD", SimulatedSmarterMail.DEMO_PASSWORD), Wiring.standard())
                        .run(List.of("audit", "--server", sim.url(), "--user", "admin"));
                millis.add((System.nanoTime() - t0) / 1_000_000);
                if (exit == 2) {
                    throw new IllegalStateException("the audit failed");
                }
                requests = sim.log().requests().size();
                waves = RequestLog.waves(sim.log().requests());
            }
            Collections.sort(millis);
            System.out.printf("audit with %d ms per request: %d requests in %d serial waves; %d runs: min %d ms, median %d ms,"
                    + " max %d ms = %.1f round trips%n", latency, requests, waves, runs, millis.getFirst(),
                    millis.get(millis.size() / 2), millis.getLast(), millis.get(millis.size() / 2) / (double) latency);
        }
    }
}
