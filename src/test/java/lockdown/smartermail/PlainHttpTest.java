package lockdown.smartermail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collections;
import java.util.Optional;
import lockdown.Login;
import lockdown.base.InvalidSettingsException;
import org.junit.jupiter.api.Test;

/** Plain HTTP carries the password in clear: only to this machine, unless explicitly allowed. */
class PlainHttpTest {

    @Test
    void loopbackAndThisMachinesOwnAddressesMayUsePlainHttp() throws Exception {
        assertThatCode(() -> PlainHttp.check(ServerUrl.parse("http://127.0.0.1:9998"), false)).doesNotThrowAnyException();
        assertThatCode(() -> PlainHttp.check(ServerUrl.parse("http://localhost:9998"), false)).doesNotThrowAnyException();
        assertThatCode(() -> PlainHttp.check(ServerUrl.parse("http://[::1]:9998"), false)).doesNotThrowAnyException();
        Optional<InetAddress> own = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        if (own.isPresent()) {
            assertThatCode(() -> PlainHttp.check(ServerUrl.parse("http://" + own.get().getHostAddress() + ":9998"), false))
                    .as("an address of this machine").doesNotThrowAnyException();
        }
    }

    @Test
    void anotherMachineNeedsHttpsOrTheExplicitOptIn() {
        assertThatThrownBy(() -> PlainHttp.check(ServerUrl.parse("http://192.0.2.10:9998"), false))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.errors().getFirst().setting())
                        .isEqualTo("server-url"))
                .hasMessageContaining("would send the password in clear to 192.0.2.10")
                .hasMessageContaining("https://192.0.2.10:9998/").hasMessageContaining("--allow-plain-http");
        assertThatCode(() -> PlainHttp.check(ServerUrl.parse("https://192.0.2.10"), false)).doesNotThrowAnyException();
        assertThatCode(() -> PlainHttp.check(ServerUrl.parse("http://192.0.2.10:9998"), true)).doesNotThrowAnyException();
        assertThat(PlainHttp.remote(ServerUrl.parse("http://192.0.2.10:9998"))).isTrue();
        assertThat(PlainHttp.remote(ServerUrl.parse("http://127.0.0.1:9998"))).isFalse();
    }

    @Test
    void theRefusalComesBeforeAnythingIsSent() {
        char[] password = "secret-pw".toCharArray();
        // 192.0.2.0/24 is reserved for documentation: a connection attempt would fail as unreachable, not as bad input.
        assertThatThrownBy(() -> lockdown.Wiring.standard().server(new Login("http://192.0.2.10:9998", "admin", password, null, null,
                EndpointCatalog.defaults(), false))).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("Server URL: plain http://").hasMessageNotContaining("secret-pw");
    }
}
