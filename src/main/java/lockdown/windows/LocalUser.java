package lockdown.windows;

/**
 * A local Windows account as NetUserGetInfo reports it, with its SID (which access control entries
 * name: "CORP\x" and ".\x" are different accounts).
 */
public record LocalUser(String name, String description, boolean passwordNeverExpires, boolean mustChangePassword,
                        boolean disabled, boolean cannotChangePassword, String sid) {

    public LocalUser {
        sid = sid == null ? "" : sid;
    }

    /** The flags the wizard sets and checks, on this account. */
    public LocalUser withFlags(String newDescription, boolean neverExpires, boolean mustChange, boolean cannotChange) {
        return new LocalUser(name, newDescription, neverExpires, mustChange, disabled, cannotChange, sid);
    }
}
