package lockdown.windows;

import java.util.List;
import java.util.Optional;

/** What the wizard reads from disk to find SmarterMail's folders. */
public interface Disk {

    boolean isFolder(String path);

    /** A small text file's content (at most a few MB), or empty when it is not there or cannot be read. */
    Optional<String> readText(String file);

    /** The roots of the fixed drives ("C:\", "D:\"). */
    List<String> drives();
}
