package lockdown.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    @Test
    void parsesHostsAndNetworksIntoCanonicalForm() {
        assertThat(Cidr.parse("203.0.113.5").toString()).isEqualTo("203.0.113.5");
        assertThat(Cidr.parse("203.0.113.5/32").toString()).isEqualTo("203.0.113.5");
        assertThat(Cidr.parse(" 10.0.0.0/8 ").toString()).isEqualTo("10.0.0.0/8");
        assertThat(Cidr.parse("2001:DB8:0:0:0:0:0:1").toString()).isEqualTo("2001:db8::1");
        assertThat(Cidr.parse("2001:db8::/64").toString()).isEqualTo("2001:db8::/64");
        assertThat(Cidr.parse("::1").toString()).isEqualTo("::1");
        assertThat(Cidr.parse("::ffff:192.0.2.1").toString()).as("an IPv4-mapped address is its IPv4 address").isEqualTo("192.0.2.1");
        assertThat(Cidr.parse("0.0.0.0/0").toString()).isEqualTo("0.0.0.0/0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mail.example.com", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.4/33",
            "1.2.3.4/", "1.2.3.4/x", "2001:db8::1::2", "2001:db8:::1", "12345::", "fe80::1%eth0", "1:2:3:4:5:6:7:8:9",
            "2001:db8::/129", "1.2.3.4 5", "1.2.3.4-1.2.3.9"})
    void rejectsAnythingElseWithAMessageThatQuotesIt(String bad) {
        assertThatThrownBy(() -> Cidr.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("!ip.");
    }

    @Test
    void suggestsTheNetworkWhenHostBitsAreSet() {
        assertThatThrownBy(() -> Cidr.parse("203.0.113.5/24"))
                .hasMessageContaining("203.0.113.0/24");
        assertThatThrownBy(() -> Cidr.parse("2001:db8::1/64"))
                .hasMessageContaining("2001:db8::/64");
    }

    @Test
    void flagsRangesWiderThanTheGuideAllows() {
        assertThat(Cidr.parse("203.0.113.0/24").isWide()).isFalse();
        assertThat(Cidr.parse("203.0.112.0/23").isWide()).isTrue();
        assertThat(Cidr.parse("2001:db8::/64").isWide()).isFalse();
        assertThat(Cidr.parse("2001:db8::/48").isWide()).isTrue();
        assertThat(Cidr.parse("0.0.0.0/0").isWide()).isTrue();
    }

    @Test
    void knowsWhatItContains() {
        Cidr net = Cidr.parse("192.168.10.0/24");
        assertThat(net.contains(Cidr.parseHost("192.168.10.77"))).isTrue();
        assertThat(net.contains(Cidr.parseHost("192.168.11.1"))).isFalse();
        assertThat(net.contains(Cidr.parseHost("::1"))).isFalse();
        assertThat(Cidr.parse("10.0.0.0/8").contains(Cidr.parse("10.1.0.0/16"))).isTrue();
        assertThat(Cidr.parse("10.1.0.0/16").contains(Cidr.parse("10.0.0.0/8"))).isFalse();
    }
}
