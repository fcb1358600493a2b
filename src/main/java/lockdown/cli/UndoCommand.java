package lockdown.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lockdown.Connection;
import lockdown.core.Change;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import lockdown.core.Outcome;
import lockdown.core.Session;
import lockdown.base.StepException;

/** {@code undo --change ID | --last}: restores what a change replaced, from the journal. */
final class UndoCommand {

    private final PrintStream out;
    private final TargetOptions targets;

    UndoCommand(PrintStream out, TargetOptions targets) {
        this.out = out;
        this.targets = targets;
    }

    int run(List<String> argv) {
        Args args = TargetOptions.parse(argv, List.of("--change"), List.of("--last", "--if-unconfirmed"));
        if (args.has("--change") == args.has("--last")) {
            throw new InvalidSettingsException("change", Msg.of("cli.change-or-last"));
        }
        try (Connection c = targets.open(args);
             ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            Session session = c.session(ex);
            Printing.header(out, c.target());
            Printing.interrupted(out, session);
            String id = args.has("--last")
                    ? session.lastUndoable().map(Change::id).orElseThrow(() -> new StepException(Msg.of("undo.nothing")))
                    : args.get("--change");
            if (args.has("--if-unconfirmed")) {
                return ifUnconfirmed(session, id);
            }
            Optional<Change> change = session.undo(id);
            if (change.isEmpty()) {
                out.println(Msg.of("cli.nothing-to-change").text());
                return Cli.OK;
            }
            Printing.change(out, change.get());
            return change.get().outcome() == Outcome.VERIFIED ? Cli.OK : Cli.AT_RISK;
        }
    }

    /** What the scheduled task runs at a confirmation deadline: undo the change unless it was kept (or is gone). */
    private int ifUnconfirmed(Session session, String id) {
        if (session.confirmed(id)) {
            out.println(Msg.of("cli.confirm-kept-nothing-undone", id).text());
            return Cli.OK;
        }
        if (session.awaitingConfirmation(id).isEmpty()) {
            out.println(Msg.of("cli.confirm-decided-elsewhere", id).text());
            return Cli.OK;
        }
        Change reverted = session.revertUnconfirmed(id, Msg.of("confirm.not-in-time"));
        out.println(reverted.result().text());
        return reverted.outcome() == Outcome.REVERTED ? Cli.OK : Cli.AT_RISK;
    }
}
