package lockdown.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lockdown.sim.SimulatedSmarterMail;

/** Runs the command line in this JVM against the simulator's demo login, keeping what it printed. */
final class CliRun {

    /** What one run printed, and how it ended. */
    record Run(int exit, String out, String err) {
    }

    private Run last = new Run(-1, "", "");

    /** Runs the command line; several may run at once (each has its own output). */
    static Run call(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Passwords passwords = user -> SimulatedSmarterMail.DEMO_PASSWORD.toCharArray();
        int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                passwords, lockdown.Wiring.standard()).run(List.of(args));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs it and keeps what it printed for {@link #out} and {@link #err}. */
    int run(String... args) {
        last = call(args);
        return last.exit();
    }

    String out() {
        return last.out();
    }

    String err() {
        return last.err();
    }
}
