package lockdown.core;

import java.nio.file.Path;

/**
 * The per-machine folder for the journal and the logs: {@code %ProgramData%\SmarterMail Lockdown}
 * on Windows, the XDG data folder elsewhere. The system property {@code lockdown.data} or the
 * environment variable {@code SMLOCKDOWN_DATA} moves it (tests use this).
 */
public final class DataFolder {

    private DataFolder() {
    }

    public static Path resolve() {
        String override = System.getProperty("lockdown.data");
        if (isSet(override)) {
            return Path.of(override);
        }
        String env = System.getenv("SMLOCKDOWN_DATA");
        if (isSet(env)) {
            return Path.of(env);
        }
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            String programData = System.getenv("ProgramData");
            return Path.of(isSet(programData) ? programData : "C:\\ProgramData", "SmarterMail Lockdown");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = isSet(xdg) ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("smartermail-lockdown");
    }

    public static Path journal() {
        return resolve().resolve("journal.jsonl");
    }

    public static Path logs() {
        return resolve().resolve("logs");
    }

    private static boolean isSet(String s) {
        return s != null && !s.isBlank();
    }
}
