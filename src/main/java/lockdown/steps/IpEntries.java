package lockdown.steps;

import java.util.Set;
import lockdown.core.Cidr;
import lockdown.core.IpRule;
import lockdown.windows.IpSecurity;

/** Between CIDR networks and IIS ipSecurity entries (address plus subnet mask, or IPv6 prefix length). */
final class IpEntries {

    private IpEntries() {
    }

    /** An entry for a rule, with the entry's other attributes as the rule carries them (as read from IIS). */
    static IpSecurity.Entry entry(IpRule rule, boolean allowed) {
        Cidr c = rule.cidr();
        byte[] a = c.address();
        String address = new Cidr(a, c.bits()).toString();
        String mask = c.isV6() ? String.valueOf(c.prefix()) : v4Mask(c.prefix());
        java.util.Map<String, String> others = new java.util.TreeMap<>();
        rule.others().values().forEach((k, v) -> others.put(k, String.valueOf(v)));
        return new IpSecurity.Entry(address, mask, allowed, others);
    }

    /** The rule of an entry by address (not a domainName entry), its other attributes kept. */
    static IpRule rule(IpSecurity.Entry e) {
        int prefix;
        String m = e.subnetMask() == null || e.subnetMask().isBlank() ? "" : e.subnetMask().strip();
        boolean v6 = e.ipAddress().contains(":");
        if (m.isEmpty()) {
            prefix = v6 ? 128 : 32;
        } else if (m.contains(".")) {
            prefix = prefixOf(Cidr.parseHost(m));
        } else {
            prefix = Integer.parseInt(m);
        }
        return new IpRule(e.ipAddress() + "/" + prefix, "", Set.of(), new lockdown.base.Fields(new java.util.TreeMap<>(e.others())));
    }

    static String v4Mask(int prefix) {
        long bits = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        return ((bits >> 24) & 255) + "." + ((bits >> 16) & 255) + "." + ((bits >> 8) & 255) + "." + (bits & 255);
    }

    /** The prefix length of a contiguous mask such as 255.255.255.0. */
    static int prefixOf(byte[] mask) {
        int prefix = 0;
        boolean ended = false;
        for (byte b : mask) {
            for (int bit = 7; bit >= 0; bit--) {
                boolean one = (b >> bit & 1) == 1;
                if (one && ended) {
                    throw new IllegalArgumentException("not a contiguous subnet mask");
                }
                if (one) {
                    prefix++;
                } else {
                    ended = true;
                }
            }
        }
        return prefix;
    }
}
