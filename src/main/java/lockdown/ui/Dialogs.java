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

    /** Asks where to save a summary; empty when cancelled. */
    Optional<Path> askSaveLocation(String suggestedName, Format format);

    /** Tells the administrator something that needs no answer. */
    void inform(String title, String text);
}
