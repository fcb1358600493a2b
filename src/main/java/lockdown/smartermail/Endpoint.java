package lockdown.smartermail;

import lockdown.core.Msg;

/**
 * Every call the client makes. The method, path, shapes and evidence of each live in the endpoint
 * catalog ({@code endpoints.json}); this enum only names them.
 */
public enum Endpoint {
    AUTHENTICATE_USER,
    AUTHENTICATE_TWO_FACTOR,
    REFRESH_TOKEN,
    GET_VERSION,
    GET_SMTP_IN,
    SET_SMTP_IN,
    LIST_IP_ACCESS,
    SAVE_IP_ACCESS,
    DELETE_IP_ACCESS,
    LIST_IDS_RULES,
    SAVE_IDS_RULE;

    /** What the call does, in words ("reading the SMTP relay setting"). */
    public Msg action() {
        return Msg.of("endpoint." + name());
    }
}
