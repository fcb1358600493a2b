package lockdown.windows;

import java.util.List;

/** IIS configuration through appcmd. */
public interface Iis {

    boolean installed();

    /** Whether the "IP and Domain Restrictions" role service is installed. */
    boolean ipRestrictionsInstalled();

    List<Site> sites();

    AppPool appPool(String name);

    void setAppPoolIdentity(String pool, String identityType, String userName, char[] password);

    IpSecurity ipSecurity(String site);

    void setIpSecurity(String site, IpSecurity security);

    void addBinding(String site, Binding binding);

    void removeBinding(String site, Binding binding);
}
