package lockdown.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import lockdown.sim.RequestLog;
import lockdown.sim.SimulatedSmarterMail;
import org.junit.jupiter.api.Test;

/**
 * An audit of a server costs the login and one concurrent wave of reads: every path read once
 * (steps that need the same list share one request), no read waiting on another. Counted from the
 * simulator's request log, not timed.
 */
class AuditRoundTripsTest {

    @Test
    void anAuditIsTheLoginAndOneWaveOfReadsEachPathOnce() {
        try (SimulatedSmarterMail sim = SimulatedSmarterMail.start(0)) {
            sim.knobs().latency(Duration.ofMillis(60));
            assertThat(new CliRun().run("audit", "--server", sim.url(), "--user", "admin")).isNotEqualTo(Cli.ERROR);
            List<RequestLog.Request> requests = sim.log().requests();
            List<String> paths = requests.stream().map(r -> r.method() + " " + r.path()).toList();
            assertThat(paths).as("each path once").doesNotHaveDuplicates();
            assertThat(RequestLog.waves(requests)).as("login, then one wave: " + paths).isEqualTo(2);
        }
    }

    @Test
    void wavesCountReadsThatWaitedForAnAnswer() {
        List<RequestLog.Request> serial = List.of(new RequestLog.Request("POST", "/login", 0, 10),
                new RequestLog.Request("GET", "/a", 11, 20), new RequestLog.Request("GET", "/b", 12, 21),
                new RequestLog.Request("GET", "/c", 25, 30));
        assertThat(RequestLog.waves(serial)).isEqualTo(3);
        assertThat(RequestLog.waves(List.of())).isZero();
    }
}
