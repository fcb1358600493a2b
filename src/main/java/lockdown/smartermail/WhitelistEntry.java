package lockdown.smartermail;

/**
 * An entry of the security whitelist ("IP access", data type WhiteList). The bypass flags are the
 * whitelist page's "SMTP Auth Bypass", "Brute Force" and "SMTP Spam Bypass" columns.
 */
public record WhitelistEntry(String address, String description, boolean smtpAuthBypass, boolean idsBypass,
                             boolean spamBypass) {
}
