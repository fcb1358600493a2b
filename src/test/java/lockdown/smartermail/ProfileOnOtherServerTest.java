package lockdown.smartermail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lockdown.Wiring;
import lockdown.cli.Cli;
import lockdown.report.ServerRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile applied to {@link OtherServer}, a server shaped unlike our simulator (HTTP/1.0, closed
 * connections, 404 for what it does not route, fields the wizard does not know): what it has is
 * changed once and kept whole, what it lacks is passed over, the second run changes nothing, and
 * its audit is a file merge reads.
 */
class ProfileOnOtherServerTest {

    @TempDir
    Path dir;
    OtherServer other;

    @BeforeEach
    void start() throws Exception {
        other = new OtherServer();
    }

    @AfterEach
    void stop() {
        other.close();
    }

    private record Run(int exit, String out) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = new Cli(ps, ps, Map.of("SMLOCKDOWN_PASSWORD", OtherServer.PASSWORD), Wiring.standard()).run(List.of(args));
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void appliedOnceKeptWholePassedOverWhereItLacksCallsAndThenNothing() throws Exception {
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, """
                {"schema": "smartermail-lockdown-profile", "version": 1,
                 "steps": {"smtp-relay": {"allow-relay": "nobody"}, "ids-brute-force": {"threshold": 5}}}
                """);
        String[] target = {"--server", other.url(), "--user", OtherServer.USER};
        Run first = run(concat(new String[] {"apply", "--profile", profile.toString(), "--all", "--json"}, target));
        assertThat(first.exit()).as(first.out()).isNotEqualTo(Cli.ERROR);
        JsonNode one = new ObjectMapper().readTree(first.out());
        assertThat(one.path("changed").asInt()).isEqualTo(1);
        assertThat(other.relay()).isEqualTo("Nobody");
        assertThat(other.smtpInJson()).as("the fields the wizard does not edit stay").contains("mail.example.net ESMTP")
                .contains("maxRecipients");
        assertThat(one.path("ran").findValuesAsText("result")).doesNotContain("failed");
        for (JsonNode r : one.path("ran")) {
            if (r.path("step").asText().equals("ids-brute-force")) {
                assertThat(r.path("result").asText()).as("this server has no IDS calls").isEqualTo("passed-over");
            }
        }

        Run second = run(concat(new String[] {"apply", "--profile", profile.toString(), "--all", "--json"}, target));
        assertThat(new ObjectMapper().readTree(second.out()).path("changed").asInt()).isZero();
        Path audit = dir.resolve("other.json");
        Files.writeString(audit, second.out());
        assertThat(ServerRun.read(audit).step("smtp-relay").status()).isIn("compliant", "applied");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
