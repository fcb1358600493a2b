package lockdown.windows;

/**
 * One access control entry of a folder's DACL: the account it names (for people) and its SID (what
 * it really names), allow or deny, the access mask, and the ACE flags as Windows stores them
 * (object inherit 0x1, container inherit 0x2, no propagate 0x4, inherit only 0x8, inherited 0x10).
 */
public record AclEntry(String account, String sid, int mask, boolean allow, int flags) {

    public static final int OBJECT_INHERIT = 0x01;
    public static final int CONTAINER_INHERIT = 0x02;
    public static final int INHERIT_ONLY = 0x08;
    public static final int INHERITED = 0x10;

    /** What icacls writes for (M): read, write, execute and delete. */
    public static final int MODIFY = 0x001301BF;

    public AclEntry {
        sid = sid == null ? "" : sid;
    }

    /** An allow entry inherited by subfolders and files, as icacls (OI)(CI) writes it. */
    public static AclEntry allow(String account, String sid, int mask) {
        return new AclEntry(account, sid, mask, true, OBJECT_INHERIT | CONTAINER_INHERIT);
    }

    public boolean objectInherit() {
        return (flags & OBJECT_INHERIT) != 0;
    }

    public boolean containerInherit() {
        return (flags & CONTAINER_INHERIT) != 0;
    }

    public boolean inherited() {
        return (flags & INHERITED) != 0;
    }

    /** This entry as it shows on a child folder that inherits it. */
    public AclEntry asInherited() {
        return new AclEntry(account, sid, mask, allow, flags | INHERITED);
    }

    /** Whether this entry gives Modify on the folder and everything below it. */
    public boolean grantsInheritedModify() {
        return allow && (mask & MODIFY) == MODIFY && objectInherit() && containerInherit() && (flags & INHERIT_ONLY) == 0;
    }
}
