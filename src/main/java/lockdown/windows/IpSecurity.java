package lockdown.windows;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * IIS "IP Address and Domain Restrictions" of a site: whether unlisted addresses are allowed, the
 * entries, and the dynamic (rate based) restrictions. {@code attributes} are the section's other
 * attributes (denyAction, enableProxyMode, enableReverseDns...) as IIS holds them: the wizard writes
 * them back unchanged.
 */
public record IpSecurity(boolean allowUnlisted, List<Entry> entries, boolean denyByRequestRate, int maxRequests,
                         int requestIntervalMs, boolean denyByConcurrentRequests, int maxConcurrentRequests,
                         Map<String, String> attributes) {

    public IpSecurity {
        entries = List.copyOf(entries);
        attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    public IpSecurity(boolean allowUnlisted, List<Entry> entries, boolean denyByRequestRate, int maxRequests, int requestIntervalMs,
                      boolean denyByConcurrentRequests, int maxConcurrentRequests) {
        this(allowUnlisted, entries, denyByRequestRate, maxRequests, requestIntervalMs, denyByConcurrentRequests,
                maxConcurrentRequests, Map.of());
    }

    /**
     * An ipSecurity "add" element: an address with a subnet mask (or prefix length for IPv6), allowed
     * or denied, and its other attributes as IIS holds them (a domainName entry has no address).
     */
    public record Entry(String ipAddress, String subnetMask, boolean allowed, Map<String, String> others) {

        public Entry {
            ipAddress = ipAddress == null ? "" : ipAddress;
            subnetMask = subnetMask == null ? "" : subnetMask;
            others = java.util.Collections.unmodifiableMap(new TreeMap<>(others));
        }

        public Entry(String ipAddress, String subnetMask, boolean allowed) {
            this(ipAddress, subnetMask, allowed, Map.of());
        }

        /** An entry by address (not a domainName entry). */
        public boolean byAddress() {
            return !ipAddress.isBlank();
        }

        /** Every attribute, as IIS writes it, for writing the entry back. */
        public Map<String, Object> attributes() {
            Map<String, Object> all = new TreeMap<>(others);
            if (byAddress()) {
                all.put("ipAddress", ipAddress);
                if (!subnetMask.isBlank()) {
                    all.put("subnetMask", subnetMask);
                }
            }
            all.put("allowed", allowed);
            return all;
        }
    }

    /** IIS defaults: everything allowed, no entries, no dynamic limits. */
    public static IpSecurity defaults() {
        return new IpSecurity(true, List.of(), false, 20, 200, false, 5);
    }

    /** The same with other entries and limits, keeping the section's other attributes. */
    public IpSecurity with(boolean newAllowUnlisted, List<Entry> newEntries, boolean rate, int max, int interval, boolean concurrent,
                           int maxConcurrent) {
        return new IpSecurity(newAllowUnlisted, newEntries, rate, max, interval, concurrent, maxConcurrent, attributes);
    }
}
