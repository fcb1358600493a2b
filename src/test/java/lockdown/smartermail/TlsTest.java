package lockdown.smartermail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Certificates are verified; a self-signed one is trusted only explicitly, by its fingerprint, per server. */
class TlsTest {

    @TempDir
    Path dir;
    MockWebServer server = new MockWebServer();
    TrustedCertificates trusted;
    final HeldCertificate cert = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();

    @BeforeEach
    void start() throws Exception {
        trusted = new TrustedCertificates(dir.resolve("trusted.json"));
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(cert).build().sslSocketFactory());
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SmarterMailClient client() {
        return SmarterMailClient.create(ServerUrl.parse(server.url("/").toString()), EndpointCatalog.defaults(), Duration.ofSeconds(5),
                Clock.systemUTC(), trusted);
    }

    private static MockResponse login() {
        return new MockResponse.Builder().code(200).body("{\"success\":true,\"isAdmin\":true,\"accessToken\":\"A\",\"refreshToken\":\"R\","
                + "\"accessTokenExpiration\":\"" + Instant.now().plusSeconds(3600) + "\"}").build();
    }

    @Test
    void aSelfSignedCertificateIsRefusedWithItsFingerprintThenAcceptedOnceTrusted() {
        String fp = TrustedCertificates.fingerprint(cert.certificate());
        assertThatThrownBy(() -> client().login("admin", "pw".toCharArray()))
                .isInstanceOfSatisfying(UntrustedCertificateException.class, e -> {
                    assertThat(e.fingerprint()).isEqualTo(fp);
                    assertThat(e.server()).isEqualTo("localhost:" + server.getPort());
                })
                .hasMessageContaining("SHA-256 fingerprint is " + fp).hasMessageContaining("only if they match");
        assertThat(server.getRequestCount()).as("nothing was sent over the untrusted connection").isZero();

        trusted.trust("localhost:" + server.getPort(), fp.replace(":", "").toLowerCase());
        server.enqueue(login());
        SmarterMailClient c = client();
        c.login("admin", "pw".toCharArray());
        assertThat(c.username()).isEqualTo("admin");
    }

    @Test
    void aChangedCertificateIsRefusedAgainNamingBothFingerprints() {
        HeldCertificate old = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
        String oldFp = TrustedCertificates.fingerprint(old.certificate());
        trusted.trust("localhost:" + server.getPort(), oldFp);
        assertThatThrownBy(() -> client().login("admin", "pw".toCharArray()))
                .isInstanceOf(UntrustedCertificateException.class)
                .hasMessageContaining("has changed").hasMessageContaining(oldFp)
                .hasMessageContaining(TrustedCertificates.fingerprint(cert.certificate()));
    }

    @Test
    void anyOtherServerStaysUntrusted() {
        trusted.trust("localhost:1", TrustedCertificates.fingerprint(cert.certificate()));
        assertThatThrownBy(() -> client().login("admin", "pw".toCharArray())).isInstanceOf(UntrustedCertificateException.class);
    }

    @Test
    void aFingerprintMustLookLikeOne() {
        assertThatThrownBy(() -> trusted.trust("localhost:1", "abc")).hasMessageContaining("is not a SHA-256 fingerprint");
    }
}
