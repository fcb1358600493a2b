package lockdown.smartermail;

import java.time.Instant;

/** The login's tokens. Never logged; {@link #toString()} hides them. */
record Tokens(String access, String refresh, Instant expires) {

    @Override
    public String toString() {
        return "Tokens[expires=" + expires + "]";
    }
}
