package lockdown.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import lockdown.base.InvalidSettingsException;
import lockdown.smartermail.TrustedCertificates;
import org.junit.jupiter.api.Test;

/** What administrators type, at its worst: refused with the field's name, or cleaned, never passed on as it came. */
class InputTest {

    final Setting<List<IpRule>> whitelist = Setting.ipRules("whitelist");

    @Test
    void anEntryWithoutAnAddressNamesTheFieldInsteadOfCrashing() {
        for (String bad : List.of(",", ";,=x", "=Office", ",smtp-auth")) {
            assertThatThrownBy(() -> whitelist.parse(bad)).as(bad).isInstanceOf(InvalidSettingsException.class)
                    .hasMessageContaining("Whitelist entries").hasMessageContaining("an address is needed");
        }
    }

    @Test
    void anAccountListedTwiceIsRefusedNotSilentlyMerged() {
        Setting<java.util.Map<String, List<IpRule>>> restrictions = Setting.ipRulesByName("restrictions");
        assertThatThrownBy(() -> restrictions.parse("admin:203.0.113.5|admin:198.51.100.7"))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("admin is listed twice");
    }

    @Test
    void invisibleCharactersInAnAddressAreRefusedNotTrimmed() {
        assertThatThrownBy(() -> Cidr.parse("203.0.113.5\u0000")).hasMessageContaining("invisible").hasMessageContaining("\\u0000");
        assertThatThrownBy(() -> Cidr.parse("\u202e203.0.113.5")).hasMessageContaining("\\u202e");
        assertThat(Cidr.parse("  203.0.113.5 ").toString()).as("spaces around it are fine").isEqualTo("203.0.113.5");
        assertThatThrownBy(() -> Cidr.parse("1".repeat(500))).hasMessageContaining("too long");
    }

    @Test
    void anIpv4MappedAddressIsTheIpv4AddressItMaps() {
        assertThat(Cidr.parse("::ffff:1.2.3.4").toString()).isEqualTo("1.2.3.4");
        assertThat(Cidr.parse("::FFFF:10.0.0.0/104").toString()).isEqualTo("10.0.0.0/8");
        assertThat(IpRule.parse("::ffff:198.51.100.7=Scanner").address()).isEqualTo("198.51.100.7");
        assertThat(Cidr.parse("::fffe:1.2.3.4").toString()).as("not a mapped address: stays IPv6").isEqualTo("::fffe:102:304");
    }

    @Test
    void descriptionsLoseInvisibleCharactersAndHaveALimit() {
        IpRule r = IpRule.parse("203.0.113.5=Office\u001b[2K\r scanner\u200f");
        assertThat(r.description()).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u200f").startsWith("Office");
        assertThatThrownBy(() -> whitelist.parse("203.0.113.5=" + "x".repeat(5000)))
                .hasMessageContaining("longer than " + IpRule.DESCRIPTION_MAX);
        assertThat(IpRule.typed("203.0.113.5", "x".repeat(IpRule.DESCRIPTION_MAX), Set.of()).description()).hasSize(255);
    }

    @Test
    void aFingerprintIsTakenAsOpensslPrintsItAndJunkIsRefused() {
        String hex = "AB".repeat(32);
        String colons = hex.replaceAll("(..)(?!$)", "$1:");
        assertThat(TrustedCertificates.check("sha256 Fingerprint=" + colons)).isEqualTo(colons);
        assertThat(TrustedCertificates.check("SHA256 Fingerprint=" + colons)).isEqualTo(colons);
        assertThat(TrustedCertificates.check(hex.toLowerCase())).isEqualTo(colons);
        for (String junk : List.of("zz" + hex, hex + "00", "fingerprint " + hex + " please", hex.substring(2), "")) {
            assertThatThrownBy(() -> TrustedCertificates.check(junk)).as(junk).isInstanceOf(InvalidSettingsException.class)
                    .hasMessageContaining("is not a SHA-256 fingerprint");
        }
    }
}
