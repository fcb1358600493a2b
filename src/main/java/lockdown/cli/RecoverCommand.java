package lockdown.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lockdown.Connection;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import lockdown.base.StepException;
import lockdown.core.Change;
import lockdown.core.Outcome;
import lockdown.core.Session;

/**
 * {@code recover TARGET (--change ID | --last) [--keep]}: closes a change a crash left unfinished.
 * By default the revert is finished (the values go back to what they were before the change);
 * {@code --keep} keeps what ran and records how far it got.
 */
final class RecoverCommand {

    private final PrintStream out;
    private final TargetOptions targets;

    RecoverCommand(PrintStream out, TargetOptions targets) {
        this.out = out;
        this.targets = targets;
    }

    int run(List<String> argv) {
        Args args = TargetOptions.parse(argv, List.of("--change"), List.of("--last", "--keep"));
        if (args.has("--change") == args.has("--last")) {
            throw new InvalidSettingsException("change", Msg.of("cli.change-or-last"));
        }
        try (Connection c = targets.open(args);
             ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            Session session = c.session(ex);
            Printing.header(out, c.target());
            String id = args.has("--last")
                    ? session.interrupted().stream().reduce((a, b) -> b).map(Change::id)
                            .orElseThrow(() -> new StepException(Msg.of("recover.nothing")))
                    : args.get("--change");
            if (!session.progress(id).uncertain().isEmpty()) {
                out.println(Msg.of("recover.waiting", 30).text());
                out.flush();
            }
            Change closed = session.recover(id, args.has("--keep"));
            out.println(closed.result().text());
            return closed.outcome() == Outcome.VERIFIED || closed.outcome() == Outcome.ROLLED_BACK ? Cli.OK : Cli.AT_RISK;
        }
    }
}
