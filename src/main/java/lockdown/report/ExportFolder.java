package lockdown.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;

/**
 * Where summaries go: by default the user's Documents folder (on Windows, and elsewhere when there
 * is one), else the home folder; never the current folder. A folder that does not exist is never
 * created silently: the command line refuses naming it, the window asks first.
 */
public final class ExportFolder {

    private ExportFolder() {
    }

    /** The user's Documents folder when it exists, else the home folder. */
    public static Path standard() {
        return standard(Path.of(System.getProperty("user.home")), System.getenv("USERPROFILE"));
    }

    static Path standard(Path home, String userProfile) {
        Path base = userProfile != null && !userProfile.isBlank() ? Path.of(userProfile) : home;
        Path documents = base.resolve("Documents");
        return Files.isDirectory(documents) ? documents : base;
    }

    /** The folder a file would be written to, when that folder does not exist. */
    public static Optional<Path> missing(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        return dir == null || Files.isDirectory(dir) ? Optional.empty() : Optional.of(dir);
    }

    /** Refuses a file whose folder does not exist, naming the folder and the field. */
    public static void requireFolder(Path file, String field) {
        missing(file).ifPresent(dir -> {
            throw new InvalidSettingsException(field, Msg.of("report.no-folder", dir));
        });
    }
}
