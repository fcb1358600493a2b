package lockdown.smartermail;

/** SmarterMail's "Allow Relay" choices. The wire values come from the endpoint catalog. */
public enum RelayMode {
    NOBODY,
    LOCAL_USERS,
    LOCAL_DOMAINS,
    ANYONE
}
