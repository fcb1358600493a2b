package lockdown.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lockdown.Connection;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import lockdown.core.Session;
import lockdown.report.Format;
import lockdown.report.Renderers;
import lockdown.report.ReportBuilder;

/**
 * {@code export --format html|md|json --out FILE}: reads every step and writes the summary, with
 * the changes the journal holds for this server.
 */
final class ExportCommand {

    private final PrintStream out;
    private final TargetOptions targets;

    ExportCommand(PrintStream out, TargetOptions targets) {
        this.out = out;
        this.targets = targets;
    }

    int run(List<String> argv) {
        List<String> valued = new ArrayList<>(TargetOptions.VALUED);
        valued.addAll(List.of("--format", "--out"));
        Args args = Args.parse(argv, valued, TargetOptions.FLAGS);
        Format format = Format.parse(args.get("--format"))
                .orElseThrow(() -> new InvalidSettingsException("format", Msg.of("cli.format", String.valueOf(args.get("--format")))));
        if (args.get("--out") == null || args.get("--out").isBlank()) {
            throw new InvalidSettingsException("out", Msg.of("cli.out-needed"));
        }
        Path file = Path.of(args.get("--out"));
        try (Connection c = targets.open(args);
             ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            Session session = c.session(ex);
            session.probeAll((g, f) -> { }).join();
            Renderers.write(ReportBuilder.of(session, session.journal().changes(session.targetKey())), format, file);
            out.println(Msg.of("cli.exported", file.toAbsolutePath()).text());
            return Cli.OK;
        }
    }
}
