package lockdown.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import lockdown.sim.SimulatedSmarterMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles on the command line: written from a server, judged by, applied in one go, idempotent; exceptions with an expiry. */
class ProfileCliTest {

    @TempDir
    Path dir;
    final CliRun cli = new CliRun();
    final ObjectMapper json = new ObjectMapper();
    SimulatedSmarterMail sim;
    String[] server;

    @BeforeEach
    void start() {
        sim = SimulatedSmarterMail.start(0);
        server = new String[] {"--server", sim.url(), "--user", "admin"};
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private String[] with(String... more) {
        String[] all = new String[more.length + server.length];
        System.arraycopy(more, 0, all, 0, 1);
        System.arraycopy(server, 0, all, 1, server.length);
        System.arraycopy(more, 1, all, 1 + server.length, more.length - 1);
        return all;
    }

    private Path recommendedProfile() throws Exception {
        Path p = dir.resolve("profile.json");
        assertThat(cli.run(with("profile", "--out", p.toString(), "--recommended"))).isEqualTo(Cli.OK);
        assertThat(cli.out()).contains("Profile written to");
        return p;
    }

    @Test
    void applyingAProfileTwiceChangesThingsOnceAndThenNothing() throws Exception {
        Path p = recommendedProfile();
        int first = cli.run(with("apply", "--profile", p.toString(), "--all", "--json"));
        JsonNode one = json.readTree(cli.out());
        assertThat(first).as(cli.out()).isNotEqualTo(Cli.ERROR);
        assertThat(one.path("schema").asText()).isEqualTo("smartermail-lockdown-audit");
        assertThat(one.path("changed").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(sim.state().allowRelay()).isEqualTo("Nobody");
        assertThat(one.path("ran").findValuesAsText("result")).contains("changed").doesNotContain("failed");

        cli.run(with("apply", "--profile", p.toString(), "--all", "--json"));
        JsonNode two = json.readTree(cli.out());
        assertThat(two.path("changed").asInt()).as("idempotent").isZero();
        assertThat(two.path("ran").findValuesAsText("result")).doesNotContain("changed");

        cli.run(with("apply", "--profile", p.toString(), "--all"));
        assertThat(cli.out()).contains("0 changed: the server already matches");
    }

    @Test
    void aStepThatNeedsAPersonIsPassedOverNotFailed() throws Exception {
        Path p = recommendedProfile();
        ObjectNode root = (ObjectNode) json.readTree(p.toFile());
        ((ObjectNode) root.path("steps").path("admin-2fa")).put("require-two-factor", true);
        Files.writeString(p, root.toString());
        assertThat(cli.run(with("apply", "--profile", p.toString(), "--all"))).isNotEqualTo(Cli.ERROR);
        assertThat(cli.out()).contains("admin-2fa: passed over, this needs a person").contains("smtp-relay: changed and verified");
    }

    @Test
    void auditJudgesByTheProfileAndAnExceptionIsAcceptedUntilItExpires() throws Exception {
        Path p = dir.resolve("open.json");
        Files.writeString(p, """
                {"schema": "smartermail-lockdown-profile", "version": 1,
                 "steps": {"smtp-relay": {"allow-relay": "nobody"}},
                 "exceptions": [{"step": "smtp-relay", "reason": "Legacy scanners until the migration",
                                 "approvedBy": "CISO", "until": "%s"}]}
                """.formatted(LocalDate.now().plusDays(30)));
        cli.run(with("audit", "--profile", p.toString(), "--json"));
        JsonNode relay = step(json.readTree(cli.out()), "smtp-relay");
        assertThat(relay.path("status").asText()).isEqualTo("accepted-risk");
        assertThat(relay.path("reason").asText()).contains("Accepted risk until").contains("Legacy scanners").contains("CISO");
        assertThat(json.readTree(cli.out()).path("exceptions").get(0).path("expired").asBoolean()).isFalse();

        Files.writeString(p, Files.readString(p).replace(LocalDate.now().plusDays(30).toString(), "2020-01-31"));
        assertThat(cli.run(with("audit", "--profile", p.toString(), "--json"))).isEqualTo(Cli.AT_RISK);
        relay = step(json.readTree(cli.out()), "smtp-relay");
        assertThat(relay.path("status").asText()).isEqualTo("at-risk");
        assertThat(relay.path("reason").asText()).contains("expired on 2020-01-31");
    }

    @Test
    void aBadProfileIsRefusedBeforeLoggingInWithEveryFieldNamed() throws Exception {
        Path p = dir.resolve("bad.json");
        Files.writeString(p, """
                {"schema": "smartermail-lockdown-profile", "version": 1,
                 "steps": {"smtp-relay": {"allow-relay": "everyone"}, "no-such-step": {},
                           "ids-brute-force": {"threshold": 0}},
                 "exceptions": [{"step": "smtp-relay", "reason": "", "approvedBy": "me", "until": "soon"}]}
                """);
        assertThat(cli.run(with("audit", "--profile", p.toString()))).isEqualTo(Cli.ERROR);
        assertThat(cli.err()).contains("steps.smtp-relay.allow-relay").contains("steps.no-such-step")
                .contains("steps.ids-brute-force.threshold").contains("exceptions[0].reason")
                .contains("exceptions[0].until").contains("YYYY-MM-DD").doesNotContain("Exception");
        assertThat(sim.issuedTokens()).as("no login").isEmpty();
        Files.writeString(p, "{\"schema\": \"smartermail-lockdown-profile\", \"version\": 7}");
        assertThat(cli.run(with("audit", "--profile", p.toString()))).isEqualTo(Cli.ERROR);
        assertThat(cli.err()).contains("newer");
    }

    private static JsonNode step(JsonNode root, String id) {
        for (JsonNode s : root.path("steps")) {
            if (s.path("step").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError(id);
    }
}
