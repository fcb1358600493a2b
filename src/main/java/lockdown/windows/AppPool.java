package lockdown.windows;

/** An IIS application pool's identity: identityType and, for SpecificUser, the user name. */
public record AppPool(String name, String identityType, String userName) {
}
