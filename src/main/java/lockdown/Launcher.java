package lockdown;

import java.util.List;
import lockdown.cli.Cli;

/** Starts the wizard's window, or the command line when the first argument is a command. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Logs.setup();
        List<String> argv = List.of(args);
        if (!argv.isEmpty() && Cli.isCommand(argv.getFirst())) {
            int code = new Cli(System.out, System.err, System.getenv()).run(argv);
            System.exit(code);
        }
        lockdown.ui.WizardApp.launchWindow(args);
    }
}
