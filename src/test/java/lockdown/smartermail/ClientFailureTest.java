package lockdown.smartermail;

import lockdown.core.ProbeResult;
import lockdown.steps.SmtpRelayStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import lockdown.core.Change;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.Journal;
import lockdown.core.Outcome;
import lockdown.core.Session;
import lockdown.core.Settings;
import lockdown.core.Target;
import lockdown.steps.Steps;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every failure shape at the wire, each checked for the message the administrator reads and for
 * nothing being recorded as applied.
 */
class ClientFailureTest {

    static final String SMTP_IN = "/api/v1/settings/sysadmin/smtp-in";
    static final String LOGIN = "POST /api/v1/auth/authenticate-user";
    static final String REFRESH = "POST /api/v1/auth/refresh-token";
    static final String LATER = Instant.now().plus(Duration.ofHours(1)).toString();

    @TempDir
    Path dir;
    MockApi api;
    SmarterMailClient client;
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    Journal journal;

    @BeforeEach
    void start() throws Exception {
        api = new MockApi();
        client = SmarterMailClient.create(ServerUrl.parse(api.url()), EndpointCatalog.defaults(), Duration.ofSeconds(1),
                Clock.systemUTC());
        journal = new Journal(dir.resolve("journal.jsonl"), Steps::settingsOf);
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        client.close();
        api.close();
    }

    private Session session() {
        Target t = new Target(Target.Kind.REMOTE, "mock", api.url(), "tester", lockdown.core.Ports.of(client));
        return new Session(t, Steps.all(), journal, executor);
    }

    private void loggedIn() {
        api.queue(LOGIN, MockApi.login("A1", "R1", LATER));
        client.login("admin", "pw".toCharArray());
    }

    private static MockResponse relay(String mode) {
        return MockApi.json(200, "{\"success\":true,\"smtpIn\":{\"allowRelay\":\"" + mode + "\"}}");
    }

    private void assertNothingApplied(Session s) {
        assertThat(s.changes()).noneMatch(c -> c.outcome() == Outcome.VERIFIED);
        assertThat(journal.changes()).noneMatch(c -> c.outcome() == Outcome.VERIFIED);
    }

    @Test
    void a401OnLoginIsNotRetried() {
        api.queue(LOGIN, MockApi.json(401, "{\"success\":false,\"message\":\"USERNAME_OR_PASSWORD_INCORRECT\"}"));
        assertThatThrownBy(() -> client.login("admin", "bad".toCharArray()))
                .hasMessageContaining("The login failed: the server rejected the user name or password.")
                .hasMessageContaining("does not try again");
        assertThat(api.calls()).containsExactly(LOGIN);
    }

    @Test
    void tooManyAttemptsExplainsTheIdsBlock() {
        api.queue(LOGIN, MockApi.json(401, "{\"success\":false,\"message\":\"Too many login attempts\"}"));
        assertThatThrownBy(() -> client.login("admin", "pw".toCharArray())).hasMessageContaining("IDS Blocks");
        assertThat(api.calls()).hasSize(1);
    }

    @Test
    void successFalseWithHttp200IsAFailure() {
        loggedIn();
        api.always("GET " + SMTP_IN, relay("Anyone"));
        api.queue("POST " + SMTP_IN, MockApi.json(200, "{\"success\":false,\"message\":\"SETTING_LOCKED\"}"),
                MockApi.json(200, "{\"success\":false,\"message\":\"SETTING_LOCKED\"}"));
        Session s = session();
        s.probeNow(Guide.SMTP_RELAY);
        Change c = s.apply(s.plan(Guide.SMTP_RELAY, Settings.EMPTY.with(SmtpRelayStep.ALLOW_RELAY, "nobody"))).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(c.result().text()).contains("Saving the SMTP relay setting failed: the server refused: SETTING_LOCKED.")
                .contains("Nothing was changed");
        assertNothingApplied(s);
    }

    @Test
    void anExpiredTokenIsRenewedBeforeTheCall() throws Exception {
        api.queue(LOGIN, MockApi.login("A1", "R1", Instant.now().minusSeconds(5).toString()));
        api.queue(REFRESH, MockApi.login("A2", "R2", LATER));
        api.always("GET " + SMTP_IN, relay("Nobody"));
        client.login("admin", "pw".toCharArray());
        assertThat(client.relay().mode()).isEqualTo(RelayMode.NOBODY);
        assertThat(api.calls()).containsExactly(LOGIN, REFRESH, "GET " + SMTP_IN);
        assertThat(api.recorded().get(1).getBody().utf8()).isEqualTo("{\"token\":\"R1\"}");
        assertThat(api.recorded().get(2).getHeaders().get("Authorization")).isEqualTo("Bearer A2");
    }

    @Test
    void a401MidSessionRenewsOnceAndRepeatsTheCall() {
        loggedIn();
        api.queue("GET " + SMTP_IN, MockApi.json(401, "{\"success\":false,\"message\":\"Token has expired\"}"), relay("Anyone"));
        api.queue(REFRESH, MockApi.login("A2", "R2", LATER));
        assertThat(client.relay().mode()).isEqualTo(RelayMode.ANYONE);
        assertThat(api.calls()).containsExactly(LOGIN, "GET " + SMTP_IN, REFRESH, "GET " + SMTP_IN);
    }

    @Test
    void aRejectedRefreshAsksForANewLoginAndChangesNothing() {
        api.queue(LOGIN, MockApi.login("A1", "R1", Instant.now().minusSeconds(5).toString()));
        api.queue(REFRESH, MockApi.json(401, "{\"success\":false,\"message\":\"Refresh token rejected\"}"));
        client.login("admin", "pw".toCharArray());
        Session s = session();
        Finding f = s.probeNow(Guide.SMTP_RELAY);
        assertThat(f.result()).isEqualTo(ProbeResult.UNKNOWN);
        assertThat(f.reason().text()).contains("The login expired and could not be renewed. Log in again; nothing was changed.");
        assertThat(api.calls()).containsExactly(LOGIN, REFRESH);
        assertNothingApplied(s);
    }

    @Test
    void a404OnTheStepsOwnReadTurnsTheStepManualWithoutProbingAnything() {
        loggedIn();
        api.always("GET " + SMTP_IN, MockApi.json(404, ""));
        Session s = session();
        Finding f = s.probeNow(Guide.SMTP_RELAY);
        assertThat(f.result()).isEqualTo(ProbeResult.MANUAL);
        assertThat(f.reason().text()).contains("does not have a call").contains("Reading the SMTP relay setting");
        assertThat(api.calls()).containsExactly(LOGIN, "GET " + SMTP_IN);
        assertThatThrownBy(() -> s.plan(Guide.SMTP_RELAY, Settings.EMPTY.with(SmtpRelayStep.ALLOW_RELAY, "nobody")))
                .hasMessageContaining("cannot be applied by the wizard");
        assertNothingApplied(s);
    }

    @Test
    void a405ToTheCallsOwnMethodCountsAsMissing() {
        loggedIn();
        api.always("GET " + SMTP_IN, MockApi.json(405, ""));
        Finding f = session().probeNow(Guide.SMTP_RELAY);
        assertThat(f.result()).isEqualTo(ProbeResult.MANUAL);
        assertThat(client.found(Endpoint.GET_SMTP_IN)).contains(false);
    }

    @Test
    void a500IsReportedOnTheStep() {
        loggedIn();
        api.always("GET " + SMTP_IN, MockApi.json(500, "{\"success\":false,\"message\":\"boom\",\"debugInfo\":\"secret stack\"}"));
        Session s = session();
        Finding f = s.probeNow(Guide.SMTP_RELAY);
        assertThat(f.result()).isEqualTo(ProbeResult.UNKNOWN);
        assertThat(f.reason().text()).isEqualTo("Reading the SMTP relay setting failed: the server reported an internal "
                + "error (HTTP 500). Nothing was changed.");
        assertNothingApplied(s);
    }

    @Test
    void aTimeoutOnAWriteSaysTheOutcomeIsUncertainAndReadsBack() {
        loggedIn();
        api.always("GET " + SMTP_IN, relay("Anyone"));
        api.queue("POST " + SMTP_IN, new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS)
                .body("{\"success\":true}").build(), MockApi.json(200, "{\"success\":true}"));
        Session s = session();
        s.probeNow(Guide.SMTP_RELAY);
        Change c = s.apply(s.plan(Guide.SMTP_RELAY, Settings.EMPTY.with(SmtpRelayStep.ALLOW_RELAY, "nobody"))).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(c.result().text()).contains("did not answer within 1 seconds")
                .contains("may have made the change anyway");
        assertThat(s.view(Guide.SMTP_RELAY).latest().current().get(SmtpRelayStep.ALLOW_RELAY)).as("read back after the failure")
                .isEqualTo("anyone");
        assertNothingApplied(s);
    }

    @Test
    void malformedJsonIsReportedPlainly() {
        loggedIn();
        api.always("GET " + SMTP_IN, new MockResponse.Builder().code(200).body("<html>login</html>").build());
        Finding f = session().probeNow(Guide.SMTP_RELAY);
        assertThat(f.result()).isEqualTo(ProbeResult.UNKNOWN);
        assertThat(f.reason().text()).contains("not the JSON the wizard expects");
    }

    @Test
    void anUnknownRelayValueIsNotGuessed() {
        loggedIn();
        api.always("GET " + SMTP_IN, relay("Sometimes"));
        Finding f = session().probeNow(Guide.SMTP_RELAY);
        assertThat(f.result()).isEqualTo(ProbeResult.UNKNOWN);
        assertThat(f.reason().text()).contains("“allowRelay” holds “Sometimes”");
    }

    @Test
    void theTwoFactorCodeGoesToItsOwnEndpointWithTheStepToken() {
        api.queue(LOGIN, MockApi.json(200, "{\"success\":true,\"accessToken\":\"STEP\",\"refreshToken\":\"\","
                + "\"message\":\"TWO_FACTOR_REQUIRED|rfc6238|admin@example.com\"}"));
        api.queue("POST /api/v1/auth/authenticate-two-factor-code", MockApi.login("A1", "R1", LATER));
        assertThatThrownBy(() -> client.login("admin", "pw".toCharArray()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.TWO_FACTOR_REQUIRED));
        client.loginWithCode("123456");
        assertThat(api.calls()).containsExactly(LOGIN, "POST /api/v1/auth/authenticate-two-factor-code");
        assertThat(api.recorded().get(1).getHeaders().get("Authorization")).isEqualTo("Bearer STEP");
        assertThat(api.recorded().get(1).getBody().utf8()).isEqualTo("{\"twoFactorCode\":\"123456\"}");
    }

    @Test
    void olderBuildsGetTheCodeOnAuthenticateUser() {
        api.queue(LOGIN, MockApi.json(401, "{\"success\":false,\"message\":\"TWO_FACTOR_REQUIRED|email\"}"),
                MockApi.login("A1", "R1", LATER));
        assertThatThrownBy(() -> client.login("admin", "pw".toCharArray())).hasMessageContaining("two-factor");
        client.loginWithCode("654321");
        assertThat(api.calls()).containsExactly(LOGIN, LOGIN);
        assertThat(api.recorded().get(1).getBody().utf8()).contains("\"twoFactorCode\":\"654321\"");
    }

    @Test
    void anUnreachableServerNamesTheAddress() throws Exception {
        String url = api.url();
        api.close();
        SmarterMailClient gone = SmarterMailClient.create(ServerUrl.parse(url));
        assertThatThrownBy(() -> gone.login("admin", "pw".toCharArray()))
                .hasMessageContaining("Logging in failed: could not reach");
    }
}
