package lockdown.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import lockdown.Wiring;

/** {@code simulate [--port N]}: runs the simulated SmarterMail server until stopped. */
final class SimulateCommand {

    private final PrintStream out;

    SimulateCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> argv) {
        Args args = Args.parse(argv, List.of("--port", "--latency"), List.of());
        int port = port(args.get("--port"));
        Wiring.Simulation sim = Wiring.simulate(port, latency(args.get("--latency")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.stop().run();
            stopped.countDown();
        }));
        out.println(Msg.of("cli.simulating", sim.url(), sim.user()).text());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Cli.OK;
    }

    /** Milliseconds before every answer (0 to 60000), to watch progress or to stop the wizard mid-change. */
    static java.time.Duration latency(String text) {
        if (text == null) {
            return java.time.Duration.ZERO;
        }
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) > 60_000) {
            throw new InvalidSettingsException("latency", Msg.of("cli.latency", text));
        }
        return java.time.Duration.ofMillis(Integer.parseInt(text));
    }

    static int port(String text) {
        if (text == null) {
            return 9998;
        }
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) > 65535) {
            throw new InvalidSettingsException("port", Msg.of("cli.port", text));
        }
        return Integer.parseInt(text);
    }
}
