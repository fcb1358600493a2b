package lockdown.smartermail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import lockdown.base.Fields;
import lockdown.sim.SimulatedSmarterMail;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real client against the running simulator, over HTTP on loopback: once as a keep-alive
 * HTTP/1.1 server, and once answering HTTP/1.0 and closing every connection after its answer.
 */
@ParameterizedClass(name = "closes each connection: {0}")
@ValueSource(booleans = {false, true})
class ClientContractTest {

    @Parameter
    boolean closeEach;
    SimulatedSmarterMail sim;
    SmarterMailClient client;

    @BeforeEach
    void start() {
        sim = SimulatedSmarterMail.start(0, closeEach);
        client = SmarterMailClient.create(ServerUrl.parse(sim.url()), EndpointCatalog.defaults(), Duration.ofSeconds(5),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    private void login() {
        client.login(SimulatedSmarterMail.DEMO_USER, SimulatedSmarterMail.DEMO_PASSWORD.toCharArray());
    }

    @Test
    void logsInAndReadsEverythingWithoutProbing() {
        login();
        assertThat(client.username()).isEqualTo("admin");
        assertThat(client.found(Endpoint.GET_SMTP_IN)).as("nothing is known before the real call").isEmpty();
        assertThat(client.version().build()).isEqualTo(9483);
        assertThat(client.relay().mode()).isEqualTo(RelayMode.ANYONE);
        assertThat(client.whitelist()).isEmpty();
        assertThat(client.idsRules()).hasSize(6).extracting(IdsRule::kind).contains(IdsRule.Kind.BRUTE_FORCE_BY_IP);
        assertThat(client.admins()).extracting(AdminAccount::user).containsExactly("admin", "backup-admin");
        assertThat(client.adminSecurity().requireTwoFactor()).isFalse();
        assertThat(client.extensionLists().lists().get(ExtensionList.INBOUND)).contains("exe");
        assertThat(client.idsBlocks()).hasSize(2);
        assertThat(client.found(Endpoint.GET_SMTP_IN)).contains(true);
        assertThat(client.found(Endpoint.SET_SMTP_IN)).as("writes are never probed").isEmpty();
    }

    @Test
    void writesThroughCallsThatDescribeThemselves() {
        login();
        Call call = client.setRelay(RelayMode.NOBODY, client.relay().others());
        assertThat(sim.state().allowRelay()).isEqualTo("Anyone");
        call.run();
        assertThat(client.relay().mode()).isEqualTo(RelayMode.NOBODY);

        client.saveWhitelistEntry(new WhitelistEntry("198.51.100.7", "Scanner", true, false, true), null).run();
        client.saveWhitelistEntry(new WhitelistEntry("198.51.100.7", "Scanner 2", true, true, false), "198.51.100.7").run();
        assertThat(client.whitelist()).containsExactly(new WhitelistEntry("198.51.100.7", "Scanner 2", true, true, false,
                new Fields(Map.of("smtp", true))));
        client.deleteWhitelistEntry("198.51.100.7").run();
        assertThat(client.whitelist()).isEmpty();

        IdsRule rule = client.idsRules().stream().filter(r -> r.kind() == IdsRule.Kind.BRUTE_FORCE_BY_IP).findFirst().orElseThrow();
        client.saveIdsRule(rule.others(), 5, 30, 1440).run();
        assertThat(client.idsRules()).contains(rule.withLimits(5, 30, 1440));
    }

    @Test
    void businessErrorsArriveAsRefusalsWithTheServersCode() {
        login();
        assertThatThrownBy(() -> client.deleteWhitelistEntry("192.0.2.1").run())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.REJECTED))
                .hasMessageContaining("Removing a whitelist entry failed").hasMessageContaining("IP_NOT_FOUND");
    }

    @Test
    void aWrongPasswordIsRejectedOnceWithAnExplanation() {
        assertThatThrownBy(() -> client.login("admin", "wrong".toCharArray()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.LOGIN_REJECTED))
                .hasMessageContaining("rejected the user name or password")
                .hasMessageContaining("does not try again")
                .hasMessageNotContaining("wrong");
    }

    @Test
    void aMailboxUserCannotDriveTheWizard() {
        assertThatThrownBy(() -> client.login(SimulatedSmarterMail.DEMO_MAILBOX, SimulatedSmarterMail.DEMO_PASSWORD.toCharArray()))
                .hasMessageContaining("is not a system administrator");
    }

    @Test
    void shortLivedTokensAreRenewedBeforeTheyExpireAndRotate() {
        sim.knobs().tokenLifetime(Duration.ofSeconds(30));
        login();
        for (int i = 0; i < 3; i++) {
            assertThat(client.relay().mode()).isEqualTo(RelayMode.ANYONE);
        }
        assertThat(sim.renewals()).as("each call renewed first, with the rotated refresh token").isEqualTo(3);
    }

    @Test
    void aTokenTheServerExpiredIsRenewedAndTheCallRepeatedOnce() {
        login();
        sim.expireAccessTokens();
        assertThat(client.relay().mode()).isEqualTo(RelayMode.ANYONE);
    }

    @Test
    void aRejectedRenewalEndsTheSessionWithOneClearMessage() {
        login();
        sim.expireAccessTokens();
        sim.revokeRefreshTokens();
        assertThatThrownBy(client::relay)
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.SESSION_EXPIRED))
                .hasMessageContaining("Log in again");
        assertThatThrownBy(client::relay).hasMessageContaining("Not logged in");
    }

    @Test
    void theSimulatorAnswersLikeTheRealServerOnTheWire() throws Exception {
        OkHttpClient raw = new OkHttpClient();
        MediaType json = MediaType.get("application/json");
        String login = "{\"username\":\"user@example.com\",\"password\":\"" + SimulatedSmarterMail.DEMO_PASSWORD + "\"}";
        String token;
        try (Response r = raw.newCall(new Request.Builder().url(sim.url() + "/api/v1/auth/authenticate-user")
                .post(RequestBody.create(login, json)).build()).execute()) {
            String body = r.body().string();
            assertThat(body).contains("\"success\":true").contains("\"isAdmin\":false").contains("accessTokenExpiration");
            token = body.replaceAll(".*\"accessToken\":\"([0-9a-f]+)\".*", "$1");
        }
        try (Response r = raw.newCall(new Request.Builder().url(sim.url() + "/api/v1/settings/sysadmin/get-version")
                .header("Authorization", "Bearer " + token).build()).execute()) {
            assertThat(r.code()).as("mailbox users are forbidden").isEqualTo(403);
        }
        try (Response r = raw.newCall(new Request.Builder().url(sim.url() + "/api/v1/settings/sysadmin/get-version").build()).execute()) {
            assertThat(r.code()).as("no token").isEqualTo(401);
        }
        try (Response r = raw.newCall(new Request.Builder().url(sim.url() + "/api/v1/settings/sysadmin/ip-access-delete")
                .header("Authorization", "Bearer " + token).build()).execute()) {
            assertThat(r.code()).as("GET on a POST-only path").isEqualTo(405);
        }
        try (Response r = raw.newCall(new Request.Builder().url(sim.url() + "/api/v1/nothing-here").build()).execute()) {
            assertThat(r.code()).isEqualTo(404);
        }
        String refresh = "{\"token\":\"nope\"}";
        try (Response r = raw.newCall(new Request.Builder().url(sim.url() + "/api/v1/auth/refresh-token")
                .post(RequestBody.create(refresh, json)).build()).execute()) {
            assertThat(r.code()).isEqualTo(401);
            assertThat(r.body().string()).contains("Refresh token rejected");
        }
        raw.connectionPool().evictAll();
    }

    @Test
    void aCallTheServerDoesNotHaveIsLearntFromTheCallItself() {
        sim.knobs().missing(Endpoint.LIST_IDS_RULES).missing(Endpoint.SAVE_IDS_RULE);
        login();
        assertThatThrownBy(client::idsRules)
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.NOT_FOUND))
                .hasMessageContaining("Reading the IDS rules failed").hasMessageContaining("answered GET with HTTP 404");
        assertThat(client.found(Endpoint.LIST_IDS_RULES)).contains(false);
        assertThat(client.missing(Endpoint.LIST_IDS_RULES)).isTrue();
        assertThat(client.found(Endpoint.SAVE_IDS_RULE)).as("never tried, so not known").isEmpty();
        assertThat(client.relay().mode()).isEqualTo(RelayMode.ANYONE);
        assertThat(client.found(Endpoint.GET_SMTP_IN)).contains(true);
    }

    @Test
    void manyCallsInARowAllGetThrough() {
        login();
        for (int i = 0; i < 20; i++) {
            assertThat(client.relay().mode()).isEqualTo(RelayMode.ANYONE);
            assertThat(client.whitelist()).isEmpty();
        }
        client.setRelay(RelayMode.NOBODY, client.relay().others()).run();
        assertThat(client.relay().mode()).isEqualTo(RelayMode.NOBODY);
    }
}
