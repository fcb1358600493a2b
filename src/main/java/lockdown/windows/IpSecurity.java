package lockdown.windows;

import java.util.List;

/**
 * IIS "IP Address and Domain Restrictions" of a site: whether unlisted addresses are allowed, the
 * entries, and the dynamic (rate based) restrictions.
 */
public record IpSecurity(boolean allowUnlisted, List<Entry> entries, boolean denyByRequestRate, int maxRequests,
                         int requestIntervalMs, boolean denyByConcurrentRequests, int maxConcurrentRequests) {

    public IpSecurity {
        entries = List.copyOf(entries);
    }

    /** An ipSecurity "add" element: an address with a subnet mask, allowed or denied. */
    public record Entry(String ipAddress, String subnetMask, boolean allowed) {
    }

    /** IIS defaults: everything allowed, no entries, no dynamic limits. */
    public static IpSecurity defaults() {
        return new IpSecurity(true, List.of(), false, 20, 200, false, 5);
    }
}
