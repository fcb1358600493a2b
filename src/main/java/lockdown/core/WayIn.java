package lockdown.core;

import java.util.Optional;
import lockdown.base.Msg;

/**
 * A check, made afresh after a change that could cut someone off, that the way in still works: a
 * new login through the same address, a request to webmail through the site's bindings, the service
 * running and answering. It does not reuse the session's own connection, which may still be open
 * where a new one would be refused.
 */
public interface WayIn {

    /** What is checked, for people ("a new login to https://mail.example.com"). */
    Msg what();

    /** Empty when the way in works; otherwise what failed. */
    Optional<Msg> problem();
}
