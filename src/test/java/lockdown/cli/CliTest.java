package lockdown.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lockdown.sim.SimulatedSmarterMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> passwordAskedFor = new ArrayList<>();
    SimulatedSmarterMail sim;

    @BeforeEach
    void start() {
        sim = SimulatedSmarterMail.start(0);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        Passwords passwords = user -> {
            passwordAskedFor.add(user);
            return SimulatedSmarterMail.DEMO_PASSWORD.toCharArray();
        };
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                passwords, lockdown.Wiring.standard()).run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anInterruptedChangeIsShownByEveryCommandAndRecoverClosesIt() throws Exception {
        lockdown.core.Journal j = new lockdown.core.Journal(lockdown.core.DataFolder.journal(), lockdown.steps.Steps::settingsOf);
        var relay = lockdown.steps.SmtpRelayStep.ALLOW_RELAY;
        String key = new lockdown.core.Target(lockdown.core.Target.Kind.REMOTE, "x", sim.url().replace("127.0.0.1", "localhost"),
                "op", lockdown.core.Ports.of()).key();
        String id = "crash-" + System.nanoTime();
        j.intent(id, lockdown.core.Guide.SMTP_RELAY, key, "op", lockdown.core.Settings.EMPTY.with(relay, "anyone"),
                lockdown.core.Settings.EMPTY.with(relay, "nobody"), lockdown.core.Status.AT_RISK,
                List.of(lockdown.base.Msg.of("error.plain", "set relay")), null);
        j.action(id, lockdown.core.Journal.Phase.ACTION_STARTED, 0, null);
        // The crash was a while ago: nothing it sent can still be on its way.
        java.nio.file.Path jf = lockdown.core.DataFolder.journal();
        java.nio.file.Files.writeString(jf, java.nio.file.Files.readString(jf).replaceAll(
                "\"time\":\"[^\"]*\",(\"phase\":\"[a-z-]*\",\"change\":\"" + id + "\")", "\"time\":\"2026-01-01T00:00:00Z\",$1"));

        run("audit", "--server", sim.url(), "--user", "admin", "--json");
        JsonNode interrupted = new ObjectMapper().readTree(out()).path("interrupted");
        assertThat(interrupted).hasSize(1);
        assertThat(interrupted.get(0).path("change").asText()).isEqualTo(id);
        assertThat(interrupted.get(0).path("actionsUncertain").get(0).asInt()).isEqualTo(1);
        run("mark-done", "--server", sim.url(), "--user", "admin", "--step", "smtp-relay");
        assertThat(out()).contains("Interrupted change " + id).contains("recover --change " + id);

        assertThat(run("recover", "--server", sim.url(), "--user", "admin", "--last")).isEqualTo(Cli.OK);
        assertThat(out()).contains("had not changed anything yet");
        run("audit", "--server", sim.url(), "--user", "admin", "--json");
        assertThat(new ObjectMapper().readTree(out()).path("interrupted")).isEmpty();
        assertThat(run("recover", "--server", sim.url(), "--user", "admin", "--last")).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("no interrupted change");
    }

    @Test
    void auditOfTheDemoPrintsATableAndExitsOneForAtRisk() {
        assertThat(run("audit", "--demo")).isEqualTo(Cli.AT_RISK);
        assertThat(out()).contains("DEMO: simulated server").containsPattern("smtp-relay +At risk +Allow relay: Anyone +Allow relay: Nobody")
                .contains("14 steps:");
    }

    @Test
    void auditAsJsonIsMachineReadable() throws Exception {
        assertThat(run("audit", "--demo", "--json")).isEqualTo(Cli.AT_RISK);
        JsonNode root = new ObjectMapper().readTree(out());
        assertThat(root.path("kind").asText()).isEqualTo("demo");
        assertThat(root.path("steps")).hasSize(14);
        JsonNode relay = root.path("steps").get(12);
        assertThat(relay.path("step").asText()).isEqualTo("smtp-relay");
        assertThat(relay.path("status").asText()).isEqualTo("at-risk");
        assertThat(relay.path("found").asText()).isEqualTo("at-risk");
        assertThat(relay.path("current").path("allow-relay").asText()).isEqualTo("anyone");
        assertThat(relay.path("recommended").path("allow-relay").asText()).isEqualTo("nobody");
        assertThat(relay.path("automated").asBoolean()).isTrue();
    }

    @Test
    void applyUndoAndAuditAgainstARunningServer() {
        int code = run("apply", "--server", sim.url(), "--user", "admin", "--step", "smtp-relay");
        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out()).contains("Set Allow relay from “Anyone” to “Nobody”").contains("Applied and verified")
                .as("our simulator reached by URL is labelled a demo").contains("DEMO: simulated server");
        assertThat(passwordAskedFor).containsExactly("admin");
        assertThat(sim.state().allowRelay()).isEqualTo("Nobody");

        assertThat(run("undo", "--server", sim.url(), "--user", "admin", "--last")).isEqualTo(Cli.OK);
        assertThat(out()).contains("the previous values are back");
        assertThat(sim.state().allowRelay()).isEqualTo("Anyone");
        assertThat(run("undo", "--server", sim.url(), "--user", "admin", "--last")).as("nothing left to undo").isEqualTo(Cli.ERROR);
    }

    @Test
    void setValuesAndDryRun() {
        assertThat(run("apply", "--server", sim.url(), "--user", "admin", "--step", "relay-whitelist", "--dry-run",
                "--set", "whitelist=198.51.100.7,smtp-auth=Scanner")).isEqualTo(Cli.OK);
        assertThat(out()).contains("Add 198.51.100.7 [Bypass SMTP authentication] Scanner")
                .contains("POST " + sim.url() + "/api/v1/settings/sysadmin/ip-access ");
        assertThat(sim.state().whitelist()).as("a dry run changes nothing").isEmpty();
    }

    @Test
    void badInputNamesTheFieldAndNeitherLogsInNorChangesAnything() {
        assertThat(run("apply", "--server", sim.url(), "--user", "admin", "--step", "ids-brute-force", "--set", "threshold=0"))
                .isEqualTo(Cli.ERROR);
        assertThat(err()).contains("Threshold: must be between 1 and 100 failed logins").contains("Nothing was changed");
        assertThat(run("apply", "--demo", "--step", "nope")).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("unknown step “nope”").contains("smtp-relay");
        assertThat(run("apply", "--demo", "--step", "smtp-relay", "--set", "bogus=1")).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("there is no setting “bogus”").contains("allow-relay");
        assertThat(run("audit", "--server", "ftp://mail.example.com", "--user", "admin")).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("Server URL: “ftp://mail.example.com” must start with https://");
        assertThat(run("apply", "--demo", "--step", "relay-whitelist", "--set", "whitelist=,")).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("Whitelist entries: an address is needed").doesNotContain("Exception");
        assertThat(run("audit", "--demo", "--password", "x")).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("unknown option “--password”");
        assertThat(run("audit")).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("--demo, --server URL --user NAME, or --local --user NAME");
        assertThat(passwordAskedFor).isEmpty();
        assertThat(sim.state().allowRelay()).isEqualTo("Anyone");
    }

    @Test
    void localIsOnlyForTheWindowsServerItself() {
        assertThat(run("audit", "--demo", "--local")).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("use either --demo, or --server or --local");
        org.junit.jupiter.api.Assumptions.assumeFalse(lockdown.Wiring.windowsHere());
        assertThat(run("audit", "--local", "--user", "admin")).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("--local is for running on the SmarterMail server itself");
        assertThat(passwordAskedFor).isEmpty();
    }

    @Test
    void anUnreachableServerIsAnError() {
        assertThat(run("audit", "--server", "http://127.0.0.1:1", "--user", "admin")).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("Logging in failed: could not reach 127.0.0.1:1");
    }

    @Test
    void exportsTheSummaryInEachFormat() throws Exception {
        run("apply", "--server", sim.url(), "--user", "admin", "--step", "smtp-relay");
        for (String format : List.of("html", "md", "json")) {
            Path file = dir.resolve("summary." + format);
            assertThat(run("export", "--server", sim.url(), "--user", "admin", "--format", format, "--out", file.toString()))
                    .isEqualTo(Cli.OK);
            assertThat(Files.readString(file)).contains("Disable SMTP open relay").contains("Allow relay: Anyone → Nobody")
                    .contains("answered as SmarterMail Lockdown’s simulator");
        }
        assertThat(run("export", "--demo", "--format", "pdf", "--out", "x.pdf")).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("“pdf” is not a format");
    }

    @Test
    void exportGoesToDocumentsByDefaultAndNeverCreatesAFolderSilently() throws Exception {
        Path missing = dir.resolve("not-there");
        assertThat(run("export", "--server", sim.url(), "--user", "admin", "--format", "md", "--out",
                missing.resolve("s.md").toString())).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("Output file").contains(missing.toString()).contains("does not exist");
        assertThat(missing).doesNotExist();
        assertThat(passwordAskedFor).as("refused before logging in").isEmpty();

        String home = System.getProperty("user.home");
        Path fakeHome = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(fakeHome.resolve("Documents"));
        System.setProperty("user.home", fakeHome.toString());
        try {
            assertThat(run("export", "--server", sim.url(), "--user", "admin", "--format", "json")).isEqualTo(Cli.OK);
        } finally {
            System.setProperty("user.home", home);
        }
        try (var files = Files.list(fakeHome.resolve("Documents"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).singleElement()
                    .satisfies(n -> assertThat(n).startsWith("lockdown-").endsWith(".json"));
        }
        assertThat(out()).contains(fakeHome.resolve("Documents").toString());
    }

    @Test
    void thePasswordComesFromTheEnvironmentWhenSet() {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(Passwords.VARIABLE, SimulatedSmarterMail.DEMO_PASSWORD), lockdown.Wiring.standard());
        assertThat(cli.run(List.of("audit", "--server", sim.url(), "--user", "admin"))).isEqualTo(Cli.AT_RISK);
    }

    @Test
    void theTwoFactorCodeComesFromTheEnvironmentWhenTheServerAsks() {
        lockdown.core.Totp totp = lockdown.core.Totp.random();
        sim.enableTwoFactor("admin", totp, false);
        Map<String, String> env = Map.of(Passwords.VARIABLE, SimulatedSmarterMail.DEMO_PASSWORD,
                Passwords.CODE_VARIABLE, totp.code(java.time.Instant.now()));
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env, lockdown.Wiring.standard());
        assertThat(cli.run(List.of("audit", "--server", sim.url(), "--user", "admin"))).isEqualTo(Cli.AT_RISK);
        Cli noCode = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(Passwords.VARIABLE, SimulatedSmarterMail.DEMO_PASSWORD), lockdown.Wiring.standard());
        assertThat(noCode.run(List.of("audit", "--server", sim.url(), "--user", "admin"))).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("two-factor authentication");
    }

    @Test
    void anApiMapThatPointsAtAPathTheServerLacksMakesTheStepManual() throws Exception {
        Path map = dir.resolve("map.json");
        Files.writeString(map, "{\"endpoints\": {\"GET_SMTP_IN\": {\"path\": \"/api/v1/settings/sysadmin/elsewhere\"}}}");
        assertThat(run("audit", "--server", sim.url(), "--user", "admin", "--api-map", map.toString(), "--json")).isEqualTo(Cli.AT_RISK);
        JsonNode root = new ObjectMapper().readTree(out());
        assertThat(root.path("steps").get(12).path("status").asText()).isEqualTo("manual");
        JsonNode smtpIn = null;
        for (JsonNode e : root.path("endpoints")) {
            if (e.path("call").asText().equals("GET_SMTP_IN")) {
                smtpIn = e;
            }
        }
        assertThat(smtpIn.path("found").asBoolean()).isFalse();
        assertThat(smtpIn.path("evidence").asText()).isEqualTo("administrator");
        assertThat(smtpIn.path("usedBy").get(0).asText()).isEqualTo("smtp-relay");
        assertThat(run("audit", "--server", sim.url(), "--user", "admin")).isEqualTo(Cli.AT_RISK);
        assertThat(out()).contains("API: the 8 calls made so far all answered");
        assertThat(run("audit", "--demo", "--api-map", map.toString())).isEqualTo(Cli.ERROR);
    }

    @Test
    void manualStepsArePrintedMarkedDoneByHandAndCountedAsDoneInLaterRuns() throws Exception {
        sim.state().version("100.0.9511.1");
        for (var e : List.of(lockdown.smartermail.Endpoint.GET_SMTP_IN, lockdown.smartermail.Endpoint.LIST_ADMINS,
                lockdown.smartermail.Endpoint.LIST_IDS_RULES, lockdown.smartermail.Endpoint.GET_EXTENSIONS)) {
            sim.knobs().missing(e);
        }
        String[] server = {"--server", sim.url(), "--user", "admin"};
        assertThat(run(concat("audit", server))).as("nothing at risk, but four steps to do by hand").isEqualTo(Cli.NOT_ASSESSED);
        assertThat(out()).contains("- smtp-relay: This server does not have a call this step needs (Reading the SMTP relay setting")
                .contains("To do by hand:").containsPattern("\\n    1\\. ").doesNotContain("1. 1.");

        assertThat(run(concat("audit", server, "--json"))).isEqualTo(Cli.NOT_ASSESSED);
        JsonNode relay = new ObjectMapper().readTree(out()).path("steps").get(12);
        assertThat(relay.path("status").asText()).isEqualTo("manual");
        assertThat(relay.path("manualSteps").size()).isGreaterThan(1);
        assertThat(new ObjectMapper().readTree(out()).path("exitCode").asInt()).isEqualTo(Cli.NOT_ASSESSED);

        assertThat(run(concat("mark-done", server, "--step", "relay-whitelist"))).as("not a manual step").isEqualTo(Cli.OK);
        assertThat(out()).contains("is not a manual step here");
        for (String id : List.of("smtp-relay", "admin-2fa", "admin-ip-restrictions", "ids-brute-force", "extension-blacklists")) {
            assertThat(run(concat("mark-done", server, "--step", id, "--note", "Done in the web interface by J. Doe"))).as(id)
                    .isEqualTo(Cli.OK);
            assertThat(out()).contains("Marked " + id + " as done by hand");
        }
        assertThat(run(concat("audit", server, "--json"))).as("every step is now done").isEqualTo(Cli.OK);
        assertThat(new ObjectMapper().readTree(out()).path("steps").get(12).path("doneByHand").asText())
                .isEqualTo("Done in the web interface by J. Doe");

        Path html = dir.resolve("summary.html");
        assertThat(run(concat("export", server, "--format", "html", "--out", html.toString()))).isEqualTo(Cli.OK);
        assertThat(Files.readString(html)).contains("Done by hand: Done in the web interface by J. Doe");
        Path md = dir.resolve("summary.md");
        sim.knobs().reset();
        sim.knobs().missing(lockdown.smartermail.Endpoint.GET_EXTENSIONS);
        sim.state().version("100.0.9483.1");
        assertThat(run(concat("export", server, "--format", "md", "--out", md.toString()))).isEqualTo(Cli.OK);
        assertThat(Files.readString(md)).contains("## Steps to do by hand").contains("### Dangerous upload extensions")
                .contains("### SmarterMail build");
    }

    private static String[] concat(String command, String[] server, String... more) {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(List.of(server));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void helpAndUnknownCommands() {
        assertThat(run("help")).isEqualTo(Cli.OK);
        assertThat(out()).contains("audit     TARGET").contains("SMLOCKDOWN_PASSWORD");
        assertThat(run("frobnicate")).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("Unknown command “frobnicate”");
    }
}
