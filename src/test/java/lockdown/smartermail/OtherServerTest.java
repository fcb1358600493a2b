package lockdown.smartermail;

import lockdown.core.ProbeResult;
import lockdown.steps.RelayWhitelistStep;
import lockdown.steps.SmtpRelayStep;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lockdown.core.Change;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.IpRule;
import lockdown.core.Journal;
import lockdown.core.Outcome;
import lockdown.core.Session;
import lockdown.core.Settings;
import lockdown.core.Status;
import lockdown.core.Target;
import lockdown.steps.Steps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client and the API steps against {@link OtherServer}, a server shaped unlike our simulator. */
class OtherServerTest {

    @TempDir
    Path dir;
    OtherServer other;
    SmarterMailClient client;
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    Journal journal;
    Session session;

    @BeforeEach
    void start() throws Exception {
        other = new OtherServer();
        client = SmarterMailClient.create(ServerUrl.parse(other.url()), EndpointCatalog.defaults(), Duration.ofSeconds(5),
                Clock.systemUTC());
        client.login(OtherServer.USER, OtherServer.PASSWORD.toCharArray());
        journal = new Journal(dir.resolve("journal.jsonl"), Steps::settingsOf);
        Target t = new Target(Target.Kind.REMOTE, "other", other.url(), "tester", lockdown.core.Ports.of(client));
        session = new Session(t, Steps.all(), journal, executor);
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        client.close();
        other.close();
    }

    @Test
    void everyStepIsReadOrSaysTruthfullyWhyNot() {
        session.probeAll((g, f) -> { }).join();
        assertThat(session.status(Guide.SERVER_BUILD)).isEqualTo(Status.COMPLIANT);
        assertThat(client.simulator()).as("a server that is not ours is never labelled a demo").isFalse();
        assertThat(session.status(Guide.SMTP_RELAY)).isEqualTo(Status.AT_RISK);
        assertThat(session.view(Guide.RELAY_WHITELIST).latest().current().get(RelayWhitelistStep.WHITELIST)).extracting(IpRule::address)
                .containsExactly("198.51.100.8");
        for (Guide g : List.of(Guide.ADMIN_2FA, Guide.ADMIN_IP_RESTRICTIONS, Guide.IDS_BRUTE_FORCE, Guide.EXTENSION_BLACKLISTS)) {
            Finding f = session.view(g).latest();
            assertThat(f.result()).as(g.id()).isEqualTo(ProbeResult.MANUAL);
            assertThat(f.reason().text()).as(g.id()).contains("does not have a call").contains("Reading")
                    .doesNotContain("Saving").doesNotContain("Removing");
        }
        assertThat(other.calls()).as("only real reads, with their real methods; nothing probed")
                .allSatisfy(c -> assertThat(c).doesNotContain("ip-access-delete").doesNotContain("unblock-ips")
                        .doesNotContain("two-factor-disable"))
                .noneMatch(c -> c.startsWith("GET ") && (c.contains("ip-access") || c.contains("blocked-ips")));
        assertThat(client.found(Endpoint.LIST_IP_ACCESS)).contains(true);
        assertThat(client.found(Endpoint.LIST_IDS_RULES)).contains(false);
        assertThat(client.found(Endpoint.SAVE_IP_ACCESS)).isEmpty();
        assertThat(other.logins()).as("one login, never repeated").isEqualTo(1);
    }

    @Test
    void fieldsTheWizardDoesNotKnowSurviveApplyAndUndoByteForByte() throws Exception {
        String original = other.whitelistJson();
        Finding f = session.probeNow(Guide.RELAY_WHITELIST);
        IpRule scanner = f.current().get(RelayWhitelistStep.WHITELIST).getFirst();
        assertThat(scanner.others().values()).containsEntry("protocolMask", 15L).containsEntry("greylistBypass", true)
                .containsEntry("id", "wl-7").containsEntry("imap", true);

        List<IpRule> wanted = List.of(IpRule.of("198.51.100.8", "Scanner, 2nd floor", IpRule.Option.SMTP_AUTH),
                IpRule.of("203.0.113.9", "Printer", IpRule.Option.SMTP_AUTH));
        Change c = session.apply(session.plan(Guide.RELAY_WHITELIST, Settings.EMPTY.with(RelayWhitelistStep.WHITELIST, wanted))).orElseThrow();
        assertThat(c.outcome()).as(c.result().text()).isEqualTo(Outcome.VERIFIED);
        JsonNode edited = other.entry("198.51.100.8");
        assertThat(edited.path("description").asText()).isEqualTo("Scanner, 2nd floor");
        for (String kept : List.of("protocolMask", "smtp", "pop", "imap", "xmpp", "greylistBypass", "id", "createdUtc")) {
            assertThat(edited.path(kept)).as(kept).isEqualTo(new ObjectMapper().readTree(original).get(0).path(kept));
        }

        JsonNode intent = journal.read().stream().filter(n -> n.path("phase").asText().equals("intent")).findFirst().orElseThrow();
        JsonNode before = intent.path("before").path("whitelist").get(0);
        assertThat(before.path("others")).as("the journal keeps the record as the server returned it")
                .isEqualTo(withoutModelled(new ObjectMapper().readTree(original).get(0)));

        Change undo = session.undo(c.id()).orElseThrow();
        assertThat(undo.outcome()).as(undo.result().text()).isEqualTo(Outcome.VERIFIED);
        assertThat(new ObjectMapper().readTree(other.whitelistJson()))
                .as("undo restores the exact record").isEqualTo(new ObjectMapper().readTree(original));
    }

    private static JsonNode withoutModelled(JsonNode record) {
        var copy = (com.fasterxml.jackson.databind.node.ObjectNode) record.deepCopy();
        copy.remove(List.of("ip", "description", "bypass", "spam_bypass", "bruteForceBypass"));
        return copy;
    }

    @Test
    void aServerThatDropsWhatItWasSentIsNotReportedAsVerified() {
        other.dropsProtocols = true;
        session.probeNow(Guide.RELAY_WHITELIST);
        List<IpRule> wanted = List.of(IpRule.of("198.51.100.8", "Scanner, 2nd floor", IpRule.Option.SMTP_AUTH));
        Change c = session.apply(session.plan(Guide.RELAY_WHITELIST, Settings.EMPTY.with(RelayWhitelistStep.WHITELIST, wanted))).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.NOT_VERIFIED);
        assertThat(c.result().text()).contains("did not keep these fields as they were sent")
                .contains("198.51.100.8: imap").contains("198.51.100.8: pop").contains("198.51.100.8: protocolMask");
    }

    @Test
    void theWholeSettingsObjectGoesBackWithOnlyTheRelayChanged() throws Exception {
        String before = other.smtpInJson();
        session.probeNow(Guide.SMTP_RELAY);
        Change c = session.apply(session.plan(Guide.SMTP_RELAY, Settings.EMPTY.with(SmtpRelayStep.ALLOW_RELAY, "nobody"))).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(other.relay()).isEqualTo("Nobody");
        var mapper = new ObjectMapper();
        var expected = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(before);
        expected.put("allowRelay", "Nobody");
        assertThat(mapper.readTree(other.smtpInJson())).isEqualTo(expected);
        session.undo(c.id()).orElseThrow();
        assertThat(mapper.readTree(other.smtpInJson())).isEqualTo(mapper.readTree(before));
    }
}
