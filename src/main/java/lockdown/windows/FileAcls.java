package lockdown.windows;

import java.util.List;

/** Folder permissions (GetNamedSecurityInfo / SetEntriesInAcl / SetNamedSecurityInfo). */
public interface FileAcls {

    boolean exists(String folder);

    /** Every entry of the folder's DACL, explicit and inherited, with the SID each names. */
    List<AclEntry> read(String folder);

    /**
     * Grants the account Modify, inherited by everything below (as GRANT_ACCESS does: merged into an
     * explicit allow entry the account may already have).
     */
    void grantModify(String folder, String account);

    /**
     * Puts back exactly {@code entries} as the account's explicit entries on the folder (compared by
     * SID): every other explicit entry for that SID goes, those given are written as they were.
     */
    void restore(String folder, String account, List<AclEntry> entries);
}
