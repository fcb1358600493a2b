package lockdown.report;

import lockdown.steps.SmtpRelayStep;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import lockdown.DemoTest;
import lockdown.core.Guide;
import lockdown.core.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportTest extends DemoTest {

    @BeforeEach
    void open() {
        demo.connection.simulatedWindows().orElseThrow().ipRestrictionsInstalled(false);
        demo.session.probeAll((g, f) -> { }).join();
        demo.session.apply(demo.session.plan(Guide.SMTP_RELAY, Settings.EMPTY.with(SmtpRelayStep.ALLOW_RELAY, "nobody")));
        demo.session.skip(Guide.IDS_BRUTE_FORCE, "Handled by the <firewall> | not IDS");
        demo.session.markDone(Guide.WEBMAIL_IP_RESTRICTIONS, "Installed the role service by hand");
    }

    @Test
    void theModelHoldsBeforeAfterChangesSkipsAndManualWork() {
        Report r = ReportBuilder.of(demo.session);
        assertThat(r.demo()).isTrue();
        assertThat(r.rows()).hasSize(14);
        Report.Row relay = r.rows().stream().filter(x -> x.id().equals("smtp-relay")).findFirst().orElseThrow();
        assertThat(relay.statusBefore()).isEqualTo("At risk");
        assertThat(relay.statusAfter()).isEqualTo("Applied and verified");
        assertThat(relay.automation()).isEqualTo("Automated");
        assertThat(relay.changes()).singleElement().satisfies(c -> assertThat(c.values()).containsExactly("Allow relay: Anyone → Nobody"));
        Report.Row account = r.rows().stream().filter(x -> x.id().equals("webmail-ip-restrictions")).findFirst().orElseThrow();
        assertThat(account.statusAfter()).isEqualTo("Done by hand");
        assertThat(account.automation()).isEqualTo("Manual");
        assertThat(r.before().atRisk()).isEqualTo(12);
        assertThat(r.after().atRisk()).isEqualTo(10);
        assertThat(r.after().compliant()).isEqualTo(2);
        assertThat(r.after().skipped()).isEqualTo(1);
    }

    @Test
    void htmlIsSelfContainedAndEscaped() throws Exception {
        Path file = dir.resolve("s.html");
        Renderers.write(ReportBuilder.of(demo.session), Format.HTML, file);
        String html = Files.readString(file);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<script").doesNotContain("src=")
                .doesNotContain("href=").contains("Handled by the &lt;firewall&gt; | not IDS")
                .contains("Demo: these results come from the built-in simulated server").contains("@media print");
    }

    @Test
    void markdownEscapesTableBreakers() {
        String md = Renderers.render(ReportBuilder.of(demo.session), Format.MARKDOWN);
        assertThat(md).contains("Skipped: Handled by the &lt;firewall&gt; \\| not IDS").contains("| Before |")
                .contains("Done by hand: Installed the role service by hand");
    }

    @Test
    void jsonCarriesEveryRow() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Renderers.render(ReportBuilder.of(demo.session), Format.JSON));
        assertThat(root.path("rows")).hasSize(14);
        assertThat(root.path("rows").get(10).path("skipReason").asText()).isEqualTo("Handled by the <firewall> | not IDS");
        assertThat(root.path("demo").asBoolean()).isTrue();
    }

    @Test
    void theToolAndItsVersionAreNamedAndUnverifiedReadsAreMarked() {
        Report r = ReportBuilder.of(demo.session);
        assertThat(r.tool()).isEqualTo("SmarterMail Lockdown " + lockdown.core.Version.current());
        Report.Row relay = r.rows().stream().filter(x -> x.id().equals("smtp-relay")).findFirst().orElseThrow();
        Report.Row account = r.rows().stream().filter(x -> x.id().equals("service-account")).findFirst().orElseThrow();
        assertThat(relay.unverified()).as("smtp-in is an unverified call").isTrue();
        assertThat(account.unverified()).as("read from Windows").isFalse();
        String md = Renderers.render(r, Format.MARKDOWN);
        assertThat(md).contains("- Tool: SmarterMail Lockdown ").contains(" †").contains("† Read through a SmarterMail API call");
        assertThat(Renderers.render(r, Format.HTML)).contains("<dt>Tool</dt>").contains("class=\"unverified\"");
        assertThat(lockdown.smartermail.Evidence.UNVERIFIED.label()).isEqualTo(lockdown.core.Finding.UNVERIFIED);
    }

    @Test
    void aValueTheChangeLeftAsItWasIsNotAChangeLine() {
        demo.session.apply(demo.session.plan(Guide.SERVICE_ACCOUNT, Settings.EMPTY));
        Report.Row account = ReportBuilder.of(demo.session).rows().stream().filter(x -> x.id().equals("service-account"))
                .findFirst().orElseThrow();
        assertThat(account.changes()).singleElement().satisfies(c -> {
            assertThat(c.values()).isNotEmpty().noneSatisfy(v -> assertThat(v).contains("smartermail_svc → smartermail_svc"));
            assertThat(c.values()).anySatisfy(v -> assertThat(v).contains("Account exists: No → Yes"));
        });
    }

    @Test
    void theFileNameCarriesServerAndDate() {
        assertThat(ReportBuilder.fileName(demo.session, Format.MARKDOWN))
                .isEqualTo("lockdown-demo-" + LocalDate.now() + ".md");
    }
}
