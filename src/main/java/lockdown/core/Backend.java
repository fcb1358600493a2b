package lockdown.core;

/** What a step talks to. Decides whether a step applies to a target. */
public enum Backend {
    SMARTERMAIL_API,
    WINDOWS
}
