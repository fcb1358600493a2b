package lockdown.core;

import lockdown.base.Texts;
import lockdown.base.Msg;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An IPv4 or IPv6 address or network in CIDR notation, parsed without any name lookup. Single hosts
 * print without a prefix ("203.0.113.5"), networks with one ("203.0.113.0/24").
 */
public record Cidr(byte[] address, int prefix) {

    /** IPv4 networks wider than this many addresses' prefix draw a warning. */
    public static final int WIDE_V4 = 24;
    /** IPv6 networks wider than a single /64 subnet draw a warning. */
    public static final int WIDE_V6 = 64;

    public Cidr {
        address = address.clone();
    }

    @Override
    public byte[] address() {
        return address.clone();
    }

    public boolean isV6() {
        return address.length == 16;
    }

    public int bits() {
        return address.length * 8;
    }

    public boolean isHost() {
        return prefix == bits();
    }

    /** Wider than the guide's limit: more than a /24 for IPv4, more than a /64 for IPv6. */
    public boolean isWide() {
        return prefix < (isV6() ? WIDE_V6 : WIDE_V4);
    }

    /** Whether {@code host} (4 or 16 bytes) lies inside this network. */
    public boolean contains(byte[] host) {
        if (host.length != address.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((host[bit / 8] & mask) != (address[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    public boolean contains(Cidr other) {
        return other.address.length == address.length && other.prefix >= prefix && contains(other.address);
    }

    /**
     * Parses "a.b.c.d", "a.b.c.d/n", an IPv6 literal or "v6/n". Host bits set under the prefix are an
     * error that suggests the network address. An IPv4-mapped IPv6 address ({@code ::ffff:1.2.3.4})
     * is the IPv4 address it maps, and is kept in that form. Spaces around it are dropped; any other
     * invisible character (NUL, a control or bidi character) is refused, never trimmed.
     */
    public static Cidr parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException(Msg.of("ip.empty").text());
        }
        if (s.length() > 60) {
            throw new IllegalArgumentException(Msg.of("ip.too-long", s.substring(0, 20) + "…").text());
        }
        if (s.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.isWhitespace(c))) {
            throw new IllegalArgumentException(Msg.of("ip.invisible", Texts.visible(s)).text());
        }
        String addressPart = s;
        Integer prefix = null;
        int slash = s.indexOf('/');
        if (slash >= 0) {
            addressPart = s.substring(0, slash);
            String p = s.substring(slash + 1);
            if (!p.matches("\\d{1,3}")) {
                throw invalid(s);
            }
            prefix = Integer.parseInt(p);
        }
        byte[] bytes = addressPart.contains(":") ? parseV6(addressPart, s) : parseV4(addressPart, s);
        int bits = bytes.length * 8;
        int effective = prefix == null ? bits : prefix;
        if (effective > bits) {
            throw new IllegalArgumentException(Msg.of("ip.prefix-range", s, bits).text());
        }
        if (bits == 128 && mapsV4(bytes) && effective >= 96) {
            bytes = Arrays.copyOfRange(bytes, 12, 16);
            effective -= 96;
        }
        Cidr network = new Cidr(bytes, effective).network();
        if (!Arrays.equals(network.address, bytes)) {
            throw new IllegalArgumentException(Msg.of("ip.host-bits", s, network.toString()).text());
        }
        return network;
    }

    /** Whether a 16-byte address is an IPv4-mapped one (::ffff:a.b.c.d). */
    private static boolean mapsV4(byte[] a) {
        for (int i = 0; i < 10; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return a[10] == (byte) 0xff && a[11] == (byte) 0xff;
    }

    /** Parses an address without a prefix (a host). */
    public static byte[] parseHost(String text) {
        Cidr c = parse(text);
        if (!c.isHost()) {
            throw invalid(text);
        }
        return c.address();
    }

    private Cidr network() {
        byte[] out = address.clone();
        for (int bit = prefix; bit < out.length * 8; bit++) {
            out[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return new Cidr(out, prefix);
    }

    private static byte[] parseV4(String a, String whole) {
        String[] parts = a.split("\\.", -1);
        if (parts.length != 4) {
            throw invalid(whole);
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (!p.matches("\\d{1,3}") || (p.length() > 1 && p.startsWith("0"))) {
                throw invalid(whole);
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                throw invalid(whole);
            }
            out[i] = (byte) v;
        }
        return out;
    }

    private static byte[] parseV6(String a, String whole) {
        if (a.contains("%") || !a.matches("[0-9A-Fa-f:.]+")) {
            throw invalid(whole);
        }
        List<Integer> head = new ArrayList<>();
        List<Integer> tail = new ArrayList<>();
        int gap = a.indexOf("::");
        if (gap >= 0 && a.indexOf("::", gap + 1) >= 0) {
            throw invalid(whole);
        }
        String left = gap >= 0 ? a.substring(0, gap) : a;
        String right = gap >= 0 ? a.substring(gap + 2) : "";
        groups(left, head, whole, gap < 0);
        groups(right, tail, whole, true);
        int total = head.size() + tail.size();
        if ((gap < 0 && total != 8) || (gap >= 0 && total > 7)) {
            throw invalid(whole);
        }
        byte[] out = new byte[16];
        int i = 0;
        for (int g : head) {
            out[i++] = (byte) (g >> 8);
            out[i++] = (byte) g;
        }
        i = 16 - tail.size() * 2;
        for (int g : tail) {
            out[i++] = (byte) (g >> 8);
            out[i++] = (byte) g;
        }
        return out;
    }

    /** Hex groups separated by ':'; the last group of the address may be a dotted IPv4 address. */
    private static void groups(String part, List<Integer> into, String whole, boolean mayEndInV4) {
        if (part.isEmpty()) {
            return;
        }
        String[] gs = part.split(":", -1);
        for (int k = 0; k < gs.length; k++) {
            String g = gs[k];
            if (k == gs.length - 1 && mayEndInV4 && g.contains(".")) {
                byte[] v4 = parseV4(g, whole);
                into.add(((v4[0] & 0xff) << 8) | (v4[1] & 0xff));
                into.add(((v4[2] & 0xff) << 8) | (v4[3] & 0xff));
            } else if (g.matches("[0-9A-Fa-f]{1,4}")) {
                into.add(Integer.parseInt(g, 16));
            } else {
                throw invalid(whole);
            }
        }
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException(Msg.of("ip.invalid", text).text());
    }

    @Override
    public String toString() {
        String a = isV6() ? formatV6() : formatV4();
        return isHost() ? a : a + "/" + prefix;
    }

    private String formatV4() {
        return (address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + "." + (address[3] & 0xff);
    }

    /** RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups as "::". */
    private String formatV6() {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((address[2 * i] & 0xff) << 8) | (address[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen && j - i >= 2) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr c && c.prefix == prefix && Arrays.equals(c.address, address);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(address) + prefix;
    }
}
