package lockdown.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lockdown.Connection;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import lockdown.core.Profile;
import lockdown.core.ProfileFile;
import lockdown.core.Session;
import lockdown.report.ExportFolder;
import lockdown.steps.Steps;

/**
 * {@code profile TARGET --out FILE [--recommended] [--name NAME]}: writes the current values of
 * every step the wizard can change here (or the recommended ones) as a profile, to be edited and
 * used with {@code audit --profile} and {@code apply --profile}.
 */
final class ProfileCommand {

    private final PrintStream out;
    private final TargetOptions targets;

    ProfileCommand(PrintStream out, TargetOptions targets) {
        this.out = out;
        this.targets = targets;
    }

    int run(List<String> argv) {
        Args args = TargetOptions.parse(argv, List.of("--out", "--name"), List.of("--recommended"));
        if (args.get("--out") == null || args.get("--out").isBlank()) {
            throw new InvalidSettingsException("out", Msg.of("profile.out-needed"));
        }
        Path file = Path.of(args.get("--out"));
        ExportFolder.requireFolder(file, "out");
        try (Connection c = targets.open(args);
             ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            Session session = c.session(ex);
            session.probeAll((g, f) -> { }).join();
            String name = args.get("--name") == null ? c.target().name() : args.get("--name");
            Profile p = Profile.of(session, name, !args.has("--recommended"));
            ProfileFile.write(p, file, Steps::settingsOf);
            out.println(Msg.of("profile.written", file.toAbsolutePath(), p.wanted().size()).text());
            return Cli.OK;
        }
    }
}
