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
        Args args = Args.parse(argv, List.of("--port"), List.of());
        int port = port(args.get("--port"));
        Wiring.Simulation sim = Wiring.simulate(port);
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
