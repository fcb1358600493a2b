package lockdown.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lockdown.Connection;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import lockdown.core.Session;
import lockdown.report.ExportFolder;
import lockdown.report.Format;
import lockdown.report.Renderers;
import lockdown.report.ReportBuilder;

/**
 * {@code export --format html|md|json [--out FILE]}: reads every step and writes the summary, with
 * the changes the journal holds for this server. Without {@code --out} the file goes to the user's
 * Documents folder (or home); a folder that does not exist is refused, never created.
 */
final class ExportCommand {

    private final PrintStream out;
    private final TargetOptions targets;

    ExportCommand(PrintStream out, TargetOptions targets) {
        this.out = out;
        this.targets = targets;
    }

    int run(List<String> argv) {
        Args args = TargetOptions.parse(argv, List.of("--format", "--out"), List.of());
        Format format = Format.parse(args.get("--format"))
                .orElseThrow(() -> new InvalidSettingsException("format", Msg.of("cli.format", String.valueOf(args.get("--format")))));
        String outArg = args.get("--out");
        Path given = outArg == null || outArg.isBlank() ? null : Path.of(outArg);
        if (given != null) {
            ExportFolder.requireFolder(given, "out");
        }
        try (Connection c = targets.open(args);
             ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            Session session = c.session(ex);
            // Without --out: the Documents (or home) folder, with the file name the window suggests too.
            Path file = given != null ? given : ExportFolder.standard().resolve(ReportBuilder.fileName(session, format));
            session.probeAll((g, f) -> { }).join();
            Renderers.write(ReportBuilder.of(session, session.journal().changes(session.targetKey())), format, file);
            out.println(Msg.of("cli.exported", file.toAbsolutePath()).text());
            return Cli.OK;
        }
    }
}
