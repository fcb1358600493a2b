package lockdown.steps;

import lockdown.core.ProbeResult;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.Journal;
import lockdown.core.Session;
import lockdown.core.Target;
import lockdown.sim.SimulatedSmarterMail;
import lockdown.smartermail.Endpoint;
import lockdown.smartermail.EndpointCatalog;
import lockdown.smartermail.ServerUrl;
import lockdown.smartermail.SmarterMailClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every read of every API step, failing in each way a server can fail: a 404 makes the step manual
 * for this server with the reason; a 500 or no answer leaves it unknown with the reason. A call that
 * did not answer never yields compliant or at risk.
 */
class ApiReadFailuresTest {

    enum Failure { MISSING, SERVER_ERROR, NO_ANSWER }

    @TempDir
    Path dir;
    SimulatedSmarterMail sim;
    SmarterMailClient client;
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    Session session;

    @BeforeEach
    void start() {
        sim = SimulatedSmarterMail.start(0);
        client = SmarterMailClient.create(ServerUrl.parse(sim.url()), EndpointCatalog.defaults(), Duration.ofSeconds(1),
                Clock.systemUTC());
        client.login(SimulatedSmarterMail.DEMO_USER, SimulatedSmarterMail.DEMO_PASSWORD.toCharArray());
        Target t = new Target(Target.Kind.REMOTE, "sim", sim.url(), "tester", lockdown.core.Ports.of(client));
        session = new Session(t, Steps.all(), new Journal(dir.resolve("journal.jsonl"), Steps::settingsOf), executor);
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        client.close();
        sim.close();
    }

    static Stream<Arguments> reads() {
        List<Arguments> all = new ArrayList<>();
        Object[][] reads = {
            {Guide.SERVER_BUILD, Endpoint.GET_VERSION},
            {Guide.SMTP_RELAY, Endpoint.GET_SMTP_IN},
            {Guide.RELAY_WHITELIST, Endpoint.LIST_IP_ACCESS},
            {Guide.IDS_BRUTE_FORCE, Endpoint.LIST_IDS_RULES},
            {Guide.EXTENSION_BLACKLISTS, Endpoint.GET_EXTENSIONS},
            {Guide.ADMIN_IP_RESTRICTIONS, Endpoint.LIST_ADMINS},
            {Guide.ADMIN_2FA, Endpoint.LIST_ADMINS},
            {Guide.ADMIN_2FA, Endpoint.GET_ADMIN_SECURITY},
        };
        for (Object[] r : reads) {
            for (Failure f : Failure.values()) {
                all.add(Arguments.of(r[0], r[1], f));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} reading {1}: {2}")
    @MethodSource("reads")
    void aReadThatDoesNotAnswerNeverDecidesTheStatus(Guide step, Endpoint read, Failure failure) {
        switch (failure) {
            case MISSING -> sim.knobs().missing(read);
            case SERVER_ERROR -> sim.knobs().fail(read, 500);
            case NO_ANSWER -> sim.knobs().latency(read, Duration.ofMillis(2500));
        }
        Finding f = session.probeNow(step);
        String reason = f.reason().text();
        assertThat(f.result()).as(reason).isNotIn(ProbeResult.COMPLIANT, ProbeResult.AT_RISK);
        assertThat(reason).contains(read.action().text());
        switch (failure) {
            case MISSING -> {
                assertThat(f.result()).isEqualTo(ProbeResult.MANUAL);
                assertThat(reason).contains("does not have a call");
                assertThat(step.manualLines()).as("the page and the CLI have steps to do by hand").isNotEmpty();
            }
            case SERVER_ERROR -> {
                assertThat(f.result()).isEqualTo(ProbeResult.UNKNOWN);
                assertThat(reason).contains("internal error (HTTP 500)");
            }
            case NO_ANSWER -> {
                assertThat(f.result()).isEqualTo(ProbeResult.UNKNOWN);
                assertThat(reason).contains("did not answer within 1 seconds");
            }
        }
        assertThat(Steps.all().get(step).automated(f)).isFalse();
    }
}
