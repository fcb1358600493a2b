package lockdown.smartermail;

import lockdown.base.Fields;

/** The administrator login policy: whether two-factor authentication is required, and its other fields as read. */
public record AdminSecurity(boolean requireTwoFactor, Fields others) {
}
