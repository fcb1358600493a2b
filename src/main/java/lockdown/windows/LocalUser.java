package lockdown.windows;

/** A local Windows account as NetUserGetInfo reports it. */
public record LocalUser(String name, String description, boolean passwordNeverExpires, boolean mustChangePassword,
                        boolean disabled) {
}
