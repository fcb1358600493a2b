package lockdown.cli;

import lockdown.core.ProbeResult;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lockdown.Connection;
import lockdown.core.Change;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.base.Msg;
import lockdown.core.Session;
import lockdown.core.Step;

/**
 * {@code mark-done --step ID [--note TEXT]}: records that a step the wizard cannot do on this server
 * was done by hand, journaled like a change, so later audits count it as done. Reads the step
 * first: only a step that is manual here can be marked.
 */
final class MarkDoneCommand {

    private final PrintStream out;
    private final TargetOptions targets;

    MarkDoneCommand(PrintStream out, TargetOptions targets) {
        this.out = out;
        this.targets = targets;
    }

    int run(List<String> argv) {
        Args args = TargetOptions.parse(argv, List.of("--step", "--note"), List.of());
        Guide g = ApplyCommand.step(args.get("--step"));
        try (Connection c = targets.open(args);
             ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            Session session = c.session(ex);
            Printing.header(out, c.target());
            Printing.interrupted(out, session);
            Step step = session.step(g);
            Finding f = session.probeNow(g);
            Printing.finding(out, step, f);
            if (f.result() != ProbeResult.MANUAL) {
                out.println(Msg.of("cli.not-manual", g.title(), f.result().label()).text());
                return f.result() == ProbeResult.AT_RISK ? Cli.AT_RISK : Cli.OK;
            }
            Change mark = session.markDone(g, args.get("--note"));
            out.println(Msg.of("cli.marked-done", g.id(), mark.id()).text());
            return Cli.OK;
        }
    }
}
