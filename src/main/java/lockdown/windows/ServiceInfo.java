package lockdown.windows;

/** A Windows service: its key name, display name, logon account, state and image path. */
public record ServiceInfo(String name, String displayName, String account, State state, String imagePath) {

    public enum State {
        RUNNING,
        STOPPED,
        PENDING
    }
}
