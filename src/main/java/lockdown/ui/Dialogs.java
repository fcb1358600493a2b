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

    /** Asks for a profile to open; empty when cancelled. */
    Optional<Path> askProfile();

    /** Asks where to save a profile, starting in Documents (or home); empty when cancelled. */
    Optional<Path> askProfileSave(String suggestedName);

    /** What the administrator typed for an exception; checked by the caller, which names a field left empty or wrong. */
    record ExceptionInput(String reason, String approvedBy, String until) {
    }

    /** Asks for an exception for this step: why, who approved it, until when; empty when cancelled. */
    Optional<ExceptionInput> askException(Guide step);

    /** Tells the administrator something that needs no answer. */
    void inform(String title, String text);
}
