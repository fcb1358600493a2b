package lockdown.smartermail;

import java.util.Locale;

/** The four extension blacklists. */
public enum ExtensionList {
    INBOUND,
    OUTBOUND,
    UPLOADS,
    FILE_SYSTEM;

    /** The logical name used in the catalog's field map ("file-system"). */
    public String logical() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
