package lockdown.cli;

import java.io.PrintStream;
import java.util.List;
import lockdown.Wiring;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;

/**
 * {@code confirm --change ID}: keeps a change that waits for confirmation. It needs no login and no
 * lock: it writes the confirmation to the journal (where the waiting wizard and the scheduled task
 * look) and removes this machine's scheduled revert.
 */
final class ConfirmCommand {

    private final PrintStream out;
    private final Wiring wiring;

    ConfirmCommand(PrintStream out, Wiring wiring) {
        this.out = out;
        this.wiring = wiring;
    }

    int run(List<String> argv) {
        Args args = Args.parse(argv, List.of("--change"), List.of());
        String id = args.get("--change");
        if (id == null || id.isBlank()) {
            throw new InvalidSettingsException("change", Msg.of("cli.confirm-needs-change"));
        }
        out.println(wiring.confirm(id.strip()).text());
        return Cli.OK;
    }
}
