package lockdown.smartermail;

import java.util.List;
import lockdown.base.Fields;

/**
 * A system administrator: whether login is restricted by IP and to which addresses, and whether
 * two-factor authentication is set up.
 */
public record AdminAccount(String user, boolean primary, boolean enabled, boolean restricted, List<AdminIpRule> restrictions,
                           boolean twoFactor) {

    public AdminAccount {
        restrictions = List.copyOf(restrictions);
    }

    /** An address or range an administrator may log in from, with its description and its other fields as read. */
    public record AdminIpRule(String address, String description, Fields others) {

        public AdminIpRule {
            others = others == null ? Fields.NONE : others;
        }

        public AdminIpRule(String address, String description) {
            this(address, description, Fields.NONE);
        }
    }
}
