package lockdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import lockdown.core.DataFolder;
import lockdown.base.Msg;

/**
 * Sends the wizard's log to {@code logs/lockdown-N.log} in the data folder, rotated at 1 MB over
 * five files, and nowhere else (so the CLI's own output stays clean). The log records what was
 * done and how it ended, never a password, token or TOTP secret.
 */
public final class Logs {

    private static boolean done;

    private Logs() {
    }

    /**
     * Nothing on the console until {@link #setup} runs (the window sets up its log file after it
     * shows, off the FX thread): the console handler is taken away, which is cheap.
     */
    public static void quiet() {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
    }

    public static synchronized void setup() {
        if (done) {
            return;
        }
        done = true;
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT %4$s %3$s: %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        try {
            Path dir = DataFolder.logs();
            lockdown.base.Private.folder(DataFolder.resolve());
            lockdown.base.Private.folder(dir);
            FileHandler file = new FileHandler(dir.resolve("lockdown-%g.log").toString(), 1_000_000, 5, true);
            try (var logs = Files.newDirectoryStream(dir, "lockdown-*.log")) {
                for (Path log : logs) {
                    lockdown.base.Private.restrict(log, false);
                }
            }
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            root.addHandler(file);
            root.setLevel(Level.INFO);
            Logger.getLogger("okhttp3").setLevel(Level.WARNING);
        } catch (IOException e) {
            System.err.println(Msg.of("logs.off", DataFolder.logs(), e.getMessage()).text());
        }
    }
}
