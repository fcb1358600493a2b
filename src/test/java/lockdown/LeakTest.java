package lockdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lockdown.cli.Cli;
import lockdown.core.DataFolder;
import lockdown.sim.SimulatedSmarterMail;
import lockdown.smartermail.Endpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole demo run (audit, apply, a failed apply, a failed login, export in every format) and then
 * a search of everything written for the password and every token the server issued.
 */
class LeakTest {

    static final String WRONG_PASSWORD = "Wr0ng-But-Secret-Guess";

    @TempDir
    Path dir;

    @Test
    void noPasswordOrTokenReachesLogsJournalOrReports() throws IOException {
        Logs.setup();
        try (SimulatedSmarterMail sim = SimulatedSmarterMail.start(0)) {
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            PrintStream ps = new PrintStream(console, true, StandardCharsets.UTF_8);
            Cli cli = new Cli(ps, ps, Map.of("SMLOCKDOWN_PASSWORD", SimulatedSmarterMail.DEMO_PASSWORD), lockdown.Wiring.standard());
            List<String> target = List.of("--server", sim.url(), "--user", "admin");
            cli.run(concat(List.of("audit"), target));
            cli.run(concat(List.of("apply", "--step", "smtp-relay"), target));
            cli.run(concat(List.of("apply", "--step", "relay-whitelist", "--set", "whitelist=198.51.100.7,smtp-auth=Scanner"), target));
            sim.knobs().fail(Endpoint.SAVE_IDS_RULE, 500);
            cli.run(concat(List.of("apply", "--step", "ids-brute-force"), target));
            sim.expireAccessTokens();
            cli.run(concat(List.of("undo", "--last"), target));
            for (String f : List.of("html", "md", "json")) {
                cli.run(concat(List.of("export", "--format", f, "--out", dir.resolve("summary." + f).toString()), target));
            }
            new Cli(ps, ps, Map.of("SMLOCKDOWN_PASSWORD", WRONG_PASSWORD), lockdown.Wiring.standard()).run(concat(List.of("audit"), target));

            List<String> secrets = new ArrayList<>(sim.issuedTokens());
            assertThat(secrets).hasSizeGreaterThan(4);
            secrets.add(SimulatedSmarterMail.DEMO_PASSWORD);
            secrets.add(WRONG_PASSWORD);

            List<Path> written = new ArrayList<>();
            try (Stream<Path> s = Files.walk(DataFolder.resolve())) {
                s.filter(Files::isRegularFile).forEach(written::add);
            }
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile).forEach(written::add);
            }
            assertThat(written).anySatisfy(p -> assertThat(p.toString()).endsWith("journal.jsonl"))
                    .anySatisfy(p -> assertThat(p.toString()).contains("lockdown-0.log"))
                    .anySatisfy(p -> assertThat(p.toString()).endsWith("summary.html"));
            for (Path p : written) {
                String text = Files.readString(p, StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertThat(text).as(p + " must not hold a secret").doesNotContain(secret);
                }
            }
            String shown = console.toString(StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertThat(shown).as("console output").doesNotContain(secret);
            }
            assertThat(shown).contains("Applied and verified").contains("HTTP 500").contains("rejected the user name or password");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
