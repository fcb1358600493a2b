package lockdown.smartermail;

import java.util.List;

/**
 * A system administrator: whether login is restricted by IP and to which addresses, and whether
 * two-factor authentication is set up.
 */
public record AdminAccount(String user, boolean primary, boolean enabled, boolean restricted, List<AdminIpRule> restrictions,
                           boolean twoFactor) {

    public AdminAccount {
        restrictions = List.copyOf(restrictions);
    }

    /** An address or range an administrator may log in from, with its description. */
    public record AdminIpRule(String address, String description) {
    }
}
