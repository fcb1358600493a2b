package lockdown.ui;

import java.nio.file.Path;
import java.util.Optional;
import lockdown.core.Guide;
import lockdown.report.Format;

/**
 * Every dialog the window opens, behind one interface so tests can answer them (native file
 * choosers and modal alerts are unreliable headless).
 */
public interface Dialogs {

    /** Asks why a step is skipped; empty when the administrator cancels. */
    Optional<String> askSkipReason(Guide step);

    /** Asks whether to close while a change is running. */
    boolean confirmCloseWhileBusy();

    /** Asks where to save a summary, starting in the user's Documents (or home) folder; empty when cancelled. */
    Optional<Path> askSaveLocation(String suggestedName, Format format);

    /** Asks whether to create a folder that does not exist, so a summary can be saved there. */
    boolean confirmCreateFolder(Path folder);

    /** A new login after the old one expired: the password, and the two-factor code when the account uses one. */
    record Relogin(char[] password, String code) {
        @Override
        public String toString() {
            return "Relogin[hidden]";
        }
    }

    /** Asks once for the password (and code) again after the server ended the login; empty when cancelled. */
    Optional<Relogin> askRelogin(String server, String user);

    /** Asks for an API map file (JSON); empty when cancelled. */
    Optional<Path> askApiMap();

    /** Tells the administrator something that needs no answer. */
    void inform(String title, String text);
}
