package lockdown.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lockdown.base.InvalidSettingsException;
import lockdown.base.LockdownException;
import lockdown.base.Msg;
import lockdown.report.Drift;
import lockdown.report.ExportFolder;
import lockdown.report.FleetReport;
import lockdown.report.Format;
import lockdown.report.ServerRun;

/**
 * {@code merge A.json B.json … --format html|md|json --out FILE}: one report of many servers from
 * their audit files; and {@code diff OLD.json NEW.json}: what changed between two runs of one
 * server, exit 1 when something got worse. Neither connects to anything.
 */
final class MergeCommand {

    private final PrintStream out;

    MergeCommand(PrintStream out) {
        this.out = out;
    }

    int merge(List<String> argv) {
        Args args = Args.parseWithFiles(argv, List.of("--format", "--out"), List.of());
        Format format = Format.parse(args.get("--format"))
                .orElseThrow(() -> new InvalidSettingsException("format", Msg.of("cli.format", String.valueOf(args.get("--format")))));
        if (args.get("--out") == null || args.get("--out").isBlank()) {
            throw new InvalidSettingsException("out", Msg.of("merge.out-needed"));
        }
        Path file = Path.of(args.get("--out"));
        ExportFolder.requireFolder(file, "out");
        List<ServerRun> runs = read(args.files());
        if (runs.isEmpty()) {
            throw new InvalidSettingsException("merge", Msg.of("merge.inputs-needed"));
        }
        try {
            Files.writeString(file, FleetReport.render(runs, format), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new LockdownException(Msg.of("report.unwritable", file, e.getMessage()), e);
        }
        out.println(Msg.of("merge.written", runs.size(), file.toAbsolutePath()).text());
        return Cli.OK;
    }

    int diff(List<String> argv) {
        Args args = Args.parseWithFiles(argv, List.of(), List.of());
        List<ServerRun> runs = read(args.files());
        if (runs.size() != 2) {
            throw new InvalidSettingsException("diff", Msg.of("diff.two-files"));
        }
        Drift d = Drift.between(runs.get(0), runs.get(1));
        if (d.note() != null) {
            out.println(d.note().text());
        }
        for (List<Msg> part : List.of(d.worse(), d.better(), d.drifted(), d.exceptions())) {
            part.forEach(m -> out.println(m.text()));
        }
        out.println(d.nothing() ? Msg.of("diff.nothing").text()
                : Msg.of("diff.summary", d.worse().size(), d.better().size(), d.drifted().size(), d.exceptions().size()).text());
        return d.gotWorse() ? Cli.AT_RISK : Cli.OK;
    }

    private static List<ServerRun> read(List<String> files) {
        List<ServerRun> runs = new ArrayList<>();
        for (String f : files) {
            runs.add(ServerRun.read(Path.of(f)));
        }
        return runs;
    }
}
