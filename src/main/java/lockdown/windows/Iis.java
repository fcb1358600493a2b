package lockdown.windows;

import java.util.List;
import java.util.Optional;
import lockdown.base.Msg;

/** IIS configuration: read through appcmd, written through IIS's own configuration API in one commit. */
public interface Iis {

    boolean installed();

    /** Whether the "IP and Domain Restrictions" role service is installed. */
    boolean ipRestrictionsInstalled();

    List<Site> sites();

    /** A pool's identity: its type and user name (never its password). */
    AppPool appPool(String name);

    /** Sets a pool's identity; a built-in identity type clears the user name and the stored password. */
    void setAppPoolIdentity(String pool, String identityType, String userName, char[] password);

    /**
     * Recycles the pool (starting it when stopped) and requests the site once through one of its web
     * bindings on this machine: empty when a worker process served the request, else what went wrong
     * (IIS checks a pool's password only when it starts a worker: a wrong one gives HTTP 503 and stops
     * the pool).
     */
    Optional<Msg> checkPool(String pool, Site site);

    /**
     * Requests webmail once through the site's web bindings, from this machine, on a new connection:
     * empty when it answers (any answer but a refusal), else why not (no binding answers, or the
     * site's IP restrictions refuse this machine).
     */
    Optional<Msg> reach(Site site);

    IpSecurity ipSecurity(String site);

    /** Writes a site's IP restrictions in one commit: all of it takes effect, or none. */
    void setIpSecurity(String site, IpSecurity security);

    void addBinding(String site, Binding binding);

    void removeBinding(String site, Binding binding);
}
