package lockdown.windows;

import java.util.List;

/** Folder permissions (GetNamedSecurityInfo / SetEntriesInAcl / SetNamedSecurityInfo). */
public interface FileAcls {

    boolean exists(String folder);

    List<AclEntry> read(String folder);

    /** Adds an explicit, inherited Modify entry for the account. */
    void grantModify(String folder, String account);

    /** Removes exactly the entry {@link #grantModify} added. */
    void revokeModify(String folder, String account);
}
