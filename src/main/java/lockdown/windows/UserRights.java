package lockdown.windows;

import java.util.Set;

/** Account rights held directly by an account (LSA policy). */
public interface UserRights {

    String SERVICE_LOGON = "SeServiceLogonRight";
    String BATCH_LOGON = "SeBatchLogonRight";
    /** "Deny log on locally": no console logon. */
    String DENY_INTERACTIVE = "SeDenyInteractiveLogonRight";
    /** "Deny log on through Remote Desktop Services". */
    String DENY_REMOTE_INTERACTIVE = "SeDenyRemoteInteractiveLogonRight";

    /** Every right the wizard grants or checks. */
    java.util.List<String> ALL = java.util.List.of(SERVICE_LOGON, BATCH_LOGON, DENY_INTERACTIVE, DENY_REMOTE_INTERACTIVE);

    /** The right's name as people know it from secpol.msc. */
    static lockdown.base.Msg label(String right) {
        return lockdown.base.Msg.of("right." + right);
    }

    Set<String> rightsOf(String account);

    void grant(String account, String right);

    void revoke(String account, String right);
}
