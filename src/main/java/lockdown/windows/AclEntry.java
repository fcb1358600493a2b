package lockdown.windows;

/** One access control entry of a folder's DACL. */
public record AclEntry(String account, int mask, boolean allow, boolean objectInherit, boolean containerInherit,
                       boolean inherited) {

    /** What icacls writes for (M): read, write, execute and delete. */
    public static final int MODIFY = 0x001301BF;

    /** Whether this entry gives Modify on the folder and everything below it. */
    public boolean grantsInheritedModify() {
        return allow && (mask & MODIFY) == MODIFY && objectInherit && containerInherit;
    }
}
