package lockdown.windows;

import java.util.Optional;

/** Local Windows users (NetUserGetInfo / NetUserAdd / NetUserSetInfo / NetUserDel). */
public interface LocalAccounts {

    Optional<LocalUser> find(String name);

    /** Creates the user with "password never expires" set and "must change at next logon" cleared. */
    void create(String name, String description, char[] password);

    /** Sets the description and the password flags of an existing user. */
    void update(LocalUser user);

    void delete(String name);
}
