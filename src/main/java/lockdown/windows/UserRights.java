package lockdown.windows;

import java.util.Set;

/** Account rights held directly by an account (LSA policy). */
public interface UserRights {

    String SERVICE_LOGON = "SeServiceLogonRight";
    String BATCH_LOGON = "SeBatchLogonRight";

    Set<String> rightsOf(String account);

    void grant(String account, String right);

    void revoke(String account, String right);
}
