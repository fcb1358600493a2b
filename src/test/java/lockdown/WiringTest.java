package lockdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import lockdown.base.InvalidSettingsException;
import lockdown.smartermail.ApiException;
import lockdown.smartermail.EndpointCatalog;
import lockdown.smartermail.TrustedCertificates;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root keeps a certificate the administrator accepted only once the login with it worked. */
class WiringTest {

    @TempDir
    Path dir;
    final MockWebServer server = new MockWebServer();
    final HeldCertificate cert = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
    Wiring wiring;

    @BeforeEach
    void start() throws Exception {
        wiring = new Wiring(dir);
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(cert).build().sslSocketFactory());
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Login login(String fingerprint) {
        return new Login(server.url("/").toString(), "admin", "pw".toCharArray(), null, null, EndpointCatalog.defaults(), false,
                fingerprint);
    }

    private String key() {
        return "localhost:" + server.getPort();
    }

    @Test
    void anAcceptedCertificateIsKeptOnlyAfterTheLoginSucceeded() {
        String fp = TrustedCertificates.fingerprint(cert.certificate());
        server.enqueue(new MockResponse.Builder().code(401).body("{\"success\":false,\"message\":\"Invalid login\"}").build());
        assertThatThrownBy(() -> wiring.server(login(fp.toLowerCase()))).isInstanceOf(ApiException.class);
        assertThat(server.getRequestCount()).as("the accepted certificate let the login through").isEqualTo(1);
        assertThat(wiring.trustedCertificates().fingerprint(key())).as("a failed login keeps nothing").isEmpty();
        assertThat(dir.resolve("trusted-certificates.json")).doesNotExist();

        server.enqueue(new MockResponse.Builder().code(200).body("{\"success\":true,\"isAdmin\":true,\"accessToken\":\"A\","
                + "\"refreshToken\":\"R\",\"accessTokenExpiration\":\"" + Instant.now().plusSeconds(3600) + "\"}").build());
        try (Connection c = wiring.server(login(fp.toLowerCase()))) {
            assertThat(c.target().name()).isEqualTo("localhost");
        }
        assertThat(wiring.trustedCertificates().fingerprint(key())).contains(fp);
    }

    @Test
    void aMalformedFingerprintNamesTheFieldAndNothingIsSent() {
        assertThatThrownBy(() -> wiring.server(login("abc")))
                .isInstanceOfSatisfying(InvalidSettingsException.class,
                        e -> assertThat(e.errors()).anySatisfy(f -> assertThat(f.setting()).isEqualTo("trust-certificate")))
                .hasMessageContaining("is not a SHA-256 fingerprint");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void oneWizardAtATimePerTargetHoweverItsAddressIsSpelled() {
        try (var sim = lockdown.sim.SimulatedSmarterMail.start(0);
             var ex = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            int port = Integer.parseInt(sim.url().replaceAll(".*:", ""));
            Connection first = wiring.server(simLogin("http://127.0.0.1:" + port));
            first.session(ex);
            try (Connection second = wiring.server(simLogin("http://LOCALHOST:" + port + "/"))) {
                assertThat(second.target().key()).isEqualTo(first.target().key());
                assertThatThrownBy(() -> second.session(ex)).hasMessageContaining("Another SmarterMail Lockdown is working on")
                        .hasMessageContaining("process " + ProcessHandle.current().pid()).hasMessageContaining("nothing was changed");
                first.close();
                assertThat(second.session(ex).targetKey()).as("free once the first one closed").isEqualTo(first.target().key());
            }
        }
    }

    private Login simLogin(String url) {
        return new Login(url, lockdown.sim.SimulatedSmarterMail.DEMO_USER, lockdown.sim.SimulatedSmarterMail.DEMO_PASSWORD.toCharArray(),
                null, null, EndpointCatalog.defaults(), false);
    }

    @Test
    void withoutAnAcceptedCertificateASelfSignedOneIsRefused() {
        assertThatThrownBy(() -> wiring.server(login(null))).isInstanceOf(lockdown.smartermail.UntrustedCertificateException.class);
        assertThat(server.getRequestCount()).isZero();
    }
}
