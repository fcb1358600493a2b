package lockdown;

import java.util.List;
import lockdown.cli.Cli;

/**
 * Starts the wizard's window, the command line when the first argument is a command, or the
 * self-test with {@code --self-test}. The installed window on Windows first asks for
 * administrator rights ({@link StartElevated}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        List<String> argv = List.of(args);
        if (argv.contains("--self-test")) {
            Logs.setup();
            System.exit(new SelfTest(System.out, Wiring.standard()).run());
        }
        if (Cli.wanted(argv)) {
            Logs.setup();
            int code = new Cli(System.out, System.err, System.getenv(), Wiring.standard()).run(argv);
            System.exit(code);
        }
        // The window writes its log file once it shows (WizardApp), so it appears sooner.
        Logs.quiet();
        boolean installed = System.getProperty("jpackage.app-path") != null;
        if (StartElevated.restarted(lockdown.windows.jna.JnaWindows.host().map(h -> h.elevation()), installed, argv)) {
            System.exit(0);
        }
        var missing = WindowCheck.missing();
        if (missing.isPresent()) {
            System.err.println(missing.get().text());
            System.exit(2);
        }
        lockdown.ui.WizardApp.launchWindow(Wiring.standard(), StartElevated.withoutFlag(argv).toArray(String[]::new));
    }
}
