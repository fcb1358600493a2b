package lockdown.smartermail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import lockdown.base.InvalidSettingsException;
import lockdown.core.Totp;
import lockdown.sim.SimulatedSmarterMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two-factor login in both of the server's flows, through the client, against the simulator. */
class TwoFactorLoginTest {

    SimulatedSmarterMail sim;
    SmarterMailClient client;
    final Totp totp = Totp.random();

    @BeforeEach
    void start() {
        sim = SimulatedSmarterMail.start(0);
        client = SmarterMailClient.create(ServerUrl.parse(sim.url()));
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    private void password() {
        assertThatThrownBy(() -> client.login("admin", SimulatedSmarterMail.DEMO_PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.TWO_FACTOR_REQUIRED))
                .hasMessageContaining("enter the current code");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void logsInWithTheCurrentCode(boolean legacy) {
        sim.enableTwoFactor("admin", totp, legacy);
        password();
        client.loginWithCode(totp.code(Instant.now()));
        assertThat(client.relay().mode()).isEqualTo(RelayMode.ANYONE);
        assertThat(client.username()).isEqualTo("admin");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aWrongCodeIsRejectedOnceAndNeedsANewLogin(boolean legacy) {
        sim.enableTwoFactor("admin", totp, legacy);
        password();
        String wrong = totp.code(Instant.now().plusSeconds(3600));
        assertThatThrownBy(() -> client.loginWithCode(wrong))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.LOGIN_REJECTED))
                .hasMessageContaining("two-factor code was not accepted").hasMessageNotContaining(wrong);
        assertThatThrownBy(() -> client.loginWithCode(totp.code(Instant.now()))).hasMessageContaining("Not logged in");
    }

    @Test
    void aCodeThatIsNotSixDigitsNamesTheField() {
        sim.enableTwoFactor("admin", totp, false);
        password();
        assertThatThrownBy(() -> client.loginWithCode("12ab56"))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("Two-factor code: enter the 6-digit code");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aCodeKnownBeforehandGoesWithTheFirstLogin(boolean legacy) {
        sim.enableTwoFactor("admin", totp, legacy);
        client.login("admin", SimulatedSmarterMail.DEMO_PASSWORD.toCharArray(), totp.code(Instant.now()));
        assertThat(client.relay().mode()).isEqualTo(RelayMode.ANYONE);
    }

    @Test
    void anOlderServerSeesOneLoginWhenTheCodeIsKnown() throws Exception {
        try (MockApi api = new MockApi()) {
            api.queue("POST /api/v1/auth/authenticate-user", MockApi.login("A", "R", Instant.now().plusSeconds(3600).toString()));
            SmarterMailClient c = SmarterMailClient.create(ServerUrl.parse(api.url()));
            c.login("admin", "pw".toCharArray(), "123456");
            assertThat(api.calls()).containsExactly("POST /api/v1/auth/authenticate-user");
            assertThat(api.recorded().getFirst().getBody().utf8()).contains("\"twoFactorCode\":\"123456\"");
            c.close();
        }
    }

    @Test
    void aCurrentServerThatStillAsksGetsTheSameCodeOnItsSecondCall() throws Exception {
        try (MockApi api = new MockApi()) {
            api.queue("POST /api/v1/auth/authenticate-user", MockApi.json(200,
                    "{\"success\":true,\"accessToken\":\"step\",\"message\":\"TWO_FACTOR_REQUIRED|rfc6238|a@b.c\"}"));
            api.queue("POST /api/v1/auth/authenticate-two-factor-code", MockApi.login("A", "R",
                    Instant.now().plusSeconds(3600).toString()));
            SmarterMailClient c = SmarterMailClient.create(ServerUrl.parse(api.url()));
            c.login("admin", "pw".toCharArray(), "654321");
            assertThat(api.calls()).containsExactly("POST /api/v1/auth/authenticate-user",
                    "POST /api/v1/auth/authenticate-two-factor-code");
            assertThat(api.recorded().get(1).getBody().utf8()).isEqualTo("{\"twoFactorCode\":\"654321\"}");
            c.close();
        }
    }

    @Test
    void withoutTwoFactorNoCodeIsAsked() {
        client.login("admin", SimulatedSmarterMail.DEMO_PASSWORD.toCharArray());
        assertThat(client.relay().mode()).isEqualTo(RelayMode.ANYONE);
    }
}
