package lockdown.smartermail;

import lockdown.base.Msg;

/** How sure we are that a real SmarterMail server has an endpoint in this shape. */
public enum Evidence {
    /** Seen in SmarterTools' own help or API reference text. */
    OFFICIAL,
    /** Used by public client code that talks to real servers. */
    CLIENT,
    /** Not confirmed anywhere public; a placeholder until checked on a real server. */
    UNVERIFIED,
    /** Set by the administrator's API map for this server's build. */
    ADMINISTRATOR;

    public Msg label() {
        return Msg.of("evidence." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
