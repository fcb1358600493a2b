package lockdown.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import lockdown.core.Cidr;
import lockdown.core.IpRule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Addresses and networks as administrators and servers type them: anything either parses or is
 * refused with our own message, and every canonical form reads back as itself.
 */
class AddressProperties {

    static final int TRIES = 10_000;

    @Provide
    Arbitrary<String> addressLike() {
        return Arbitraries.strings().withChars("0123456789abcdefABCDEF:./% \t").withChars('\u0000', '\u202e', '\u00a0', 'x', '-', ',')
                .ofMaxLength(70);
    }

    @Property(tries = TRIES)
    void anythingAddressLikeParsesOrIsRefusedWithAMessage(@ForAll("addressLike") String text) {
        try {
            Cidr c = Cidr.parse(text);
            assertThat(Cidr.parse(c.toString())).as("canonical form reads back").isEqualTo(c);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("Exception");
        }
    }

    @Property(tries = TRIES)
    void anyTextAtAllParsesOrIsRefusedWithAMessage(@ForAll @net.jqwik.api.constraints.StringLength(max = 80) String text) {
        try {
            Cidr.parse(text);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Property(tries = TRIES)
    void everyIpv4NetworkRoundTrips(@ForAll @Size(4) List<@IntRange(max = 255) Integer> octets, @ForAll @IntRange(max = 32) int prefix,
                                    @ForAll boolean spaces) {
        long value = 0;
        for (int o : octets) {
            value = (value << 8) | o;
        }
        long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        long net = value & mask;
        String text = ((net >> 24) & 255) + "." + ((net >> 16) & 255) + "." + ((net >> 8) & 255) + "." + (net & 255)
                + (prefix == 32 ? "" : "/" + prefix);
        Cidr c = Cidr.parse(spaces ? "  " + text + " " : text);
        assertThat(c.toString()).isEqualTo(text);
        assertThat(Cidr.parse(c.toString())).isEqualTo(c);
    }

    @Property(tries = TRIES)
    void everyIpv6NetworkRoundTripsHoweverItIsWritten(@ForAll @Size(8) List<@IntRange(max = 0xffff) Integer> groups,
                                                      @ForAll @IntRange(max = 128) int prefix, @ForAll boolean upper,
                                                      @ForAll boolean leadingZeros) {
        int[] g = groups.stream().mapToInt(Integer::intValue).toArray();
        for (int bit = prefix; bit < 128; bit++) {
            g[bit / 16] &= ~(0x8000 >>> (bit % 16));
        }
        if (g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff) {
            g[5] = 0xfffe; // an IPv4-mapped address is taken as IPv4: a property of its own
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            String h = leadingZeros ? String.format("%04x", g[i]) : Integer.toHexString(g[i]);
            sb.append(i == 0 ? "" : ":").append(upper ? h.toUpperCase() : h);
        }
        String written = sb + (prefix == 128 ? "" : "/" + prefix);
        Cidr c = Cidr.parse(written);
        assertThat(Cidr.parse(c.toString())).isEqualTo(c);
        assertThat(c.toString()).isEqualTo(c.toString().toLowerCase()).doesNotContain(":0000");
    }

    @Property(tries = TRIES)
    void anIpv6AddressWithAZoneIsRefused(@ForAll @IntRange(max = 0xffff) int last, @ForAll("zones") String zone) {
        assertThatThrownBy(() -> Cidr.parse("fe80::" + Integer.toHexString(last) + "%" + zone)).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8);
    }

    @Property(tries = TRIES)
    void anIpv4AddressWithALeadingZeroIsRefusedNotReadAsOctal(@ForAll @IntRange(min = 1, max = 99) int octet) {
        assertThatThrownBy(() -> Cidr.parse("10.0" + octet + ".0.1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an IPv4 or IPv6 address");
    }

    @Property(tries = TRIES)
    void anIpv4MappedAddressIsItsIpv4Address(@ForAll @Size(4) List<@IntRange(max = 255) Integer> o) {
        String v4 = o.get(0) + "." + o.get(1) + "." + o.get(2) + "." + o.get(3);
        assertThat(Cidr.parse("::ffff:" + v4).toString()).isEqualTo(v4);
    }

    @Property(tries = TRIES)
    void aRuleReadsBackFromItsCommandLineForm(@ForAll @Size(4) List<@IntRange(max = 255) Integer> o,
                                               @ForAll("descriptions") String description, @ForAll boolean smtp, @ForAll boolean ids) {
        String address = o.get(0) + "." + o.get(1) + "." + o.get(2) + "." + o.get(3);
        java.util.Set<IpRule.Option> options = java.util.EnumSet.noneOf(IpRule.Option.class);
        if (smtp) {
            options.add(IpRule.Option.SMTP_AUTH);
        }
        if (ids) {
            options.add(IpRule.Option.IDS);
        }
        IpRule r = IpRule.typed(address, description, options);
        assertThat(IpRule.parse(r.format())).isEqualTo(r);
    }

    @Provide
    Arbitrary<String> descriptions() {
        return Arbitraries.strings().alpha().numeric().withChars(' ', ',', '.', '-', 'é', '中').ofMaxLength(40);
    }
}
