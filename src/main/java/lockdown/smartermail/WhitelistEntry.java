package lockdown.smartermail;

import lockdown.base.Fields;

/**
 * An entry of the security whitelist ("IP access", data type WhiteList). The bypass flags are the
 * whitelist page's "SMTP Auth Bypass", "Brute Force" and "SMTP Spam Bypass" columns; {@code others}
 * are the entry's other fields (protocols and whatever this build adds) as the server returned them.
 */
public record WhitelistEntry(String address, String description, boolean smtpAuthBypass, boolean idsBypass,
                             boolean spamBypass, Fields others) {

    public WhitelistEntry {
        others = others == null ? Fields.NONE : others;
    }

    public WhitelistEntry(String address, String description, boolean smtpAuthBypass, boolean idsBypass, boolean spamBypass) {
        this(address, description, smtpAuthBypass, idsBypass, spamBypass, Fields.NONE);
    }
}
