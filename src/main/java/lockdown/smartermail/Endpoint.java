package lockdown.smartermail;

import lockdown.base.Msg;

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
    SAVE_IDS_RULE,
    LIST_IDS_BLOCKS,
    UNBLOCK_IPS,
    LIST_ADMINS,
    SAVE_ADMIN,
    ADMIN_2FA_SETUP,
    ADMIN_2FA_ENABLE,
    ADMIN_2FA_DISABLE,
    GET_ADMIN_SECURITY,
    SET_ADMIN_SECURITY,
    GET_EXTENSIONS,
    SET_EXTENSIONS;

    /** What the call does, in words ("reading the SMTP relay setting"). */
    public Msg action() {
        return Msg.of("endpoint." + name());
    }
}
