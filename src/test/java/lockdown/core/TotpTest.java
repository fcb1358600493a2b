package lockdown.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** The SHA-1 secret of RFC 6238's test vectors, "12345678901234567890", in Base32. */
    static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void matchesTheRfc6238TestVectorsCutToSixDigits() {
        Totp t = Totp.fromBase32(RFC_SECRET);
        assertThat(t.code(Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(t.code(Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(t.code(Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(t.code(Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void acceptsOneStepOfClockDriftAndNoMore() {
        Totp t = Totp.random();
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        assertThat(t.verify(t.code(now), now)).isTrue();
        assertThat(t.verify(t.code(now.minusSeconds(30)), now)).isTrue();
        assertThat(t.verify(t.code(now.minusSeconds(90)), now)).isFalse();
        assertThat(t.verify("12345", now)).isFalse();
        assertThat(t.verify(null, now)).isFalse();
    }

    @Test
    void base32RoundTripsAndTheUriCarriesTheSecret() {
        Totp t = Totp.random();
        assertThat(Totp.fromBase32(t.base32()).base32()).isEqualTo(t.base32());
        assertThat(Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq").base32()).isEqualTo(RFC_SECRET);
        assertThat(t.uri("SmarterMail", "admin")).startsWith("otpauth://totp/SmarterMail:admin?secret=" + t.base32())
                .contains("issuer=SmarterMail").contains("period=30");
        assertThat(t.toString()).doesNotContain(t.base32());
        assertThatThrownBy(() -> Totp.fromBase32("not*base32")).hasMessageContaining("Base32");
    }
}
