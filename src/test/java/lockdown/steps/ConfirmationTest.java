package lockdown.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lockdown.DemoTest;
import lockdown.base.Msg;
import lockdown.core.Change;
import lockdown.core.Guide;
import lockdown.core.IpRule;
import lockdown.core.Outcome;
import lockdown.core.Settings;
import lockdown.sim.SimulatedWindows;
import lockdown.sim.WindowsFaults;
import org.junit.jupiter.api.Test;

/**
 * Commit-confirmed changes: a change that could cut someone off is checked afresh, then kept only
 * when confirmed in time; a failing check or a missed deadline undoes it by itself.
 */
class ConfirmationTest extends DemoTest {

    private Settings restrict(String admin, String cidr) {
        return Settings.EMPTY.with(AdminIpRestrictionsStep.RESTRICTIONS, Map.of(admin, List.of(IpRule.of(cidr, "Here"))));
    }

    private Change restrictBackupAdmin() {
        demo.session.probeNow(Guide.ADMIN_IP_RESTRICTIONS);
        return demo.session.apply(demo.session.plan(Guide.ADMIN_IP_RESTRICTIONS, restrict("backup-admin", "203.0.113.0/24")))
                .orElseThrow();
    }

    @Test
    void aChangeThatPassesTheFreshCheckWaitsAndIsKeptWhenConfirmed() {
        Change c = restrictBackupAdmin();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        var waiting = demo.session.awaitingConfirmation(c.id()).orElseThrow();
        assertThat(waiting.deadline()).isBetween(Instant.now().plus(Duration.ofMinutes(4)), Instant.now().plus(Duration.ofMinutes(6)));
        assertThat(waiting.revert().text()).as("an API step is reverted only while the wizard runs").contains("only while the wizard runs");
        demo.session.confirm(c.id());
        assertThat(demo.session.awaitingConfirmation(c.id())).isEmpty();
        assertThat(demo.session.confirmed(c.id())).isTrue();
        assertThat(demo.sim().state().admin("backup-admin").path("ipRestrictionsEnabled").asBoolean()).isTrue();
        assertThatThrownBy(() -> demo.session.revertUnconfirmed(c.id(), Msg.of("confirm.not-in-time"))).hasMessageContaining("was confirmed");
        assertThat(summaryOutcomes()).anySatisfy(o -> assertThat(o).contains("confirmed by the administrator"));
    }

    private List<String> summaryOutcomes() {
        return lockdown.report.ReportBuilder.of(demo.session).rows().stream().filter(r -> r.id().equals(Guide.ADMIN_IP_RESTRICTIONS.id()))
                .flatMap(r -> r.changes().stream()).map(l -> l.outcome()).toList();
    }

    @Test
    void withoutAConfirmationItIsUndoneByItselfAndSaysWhy() {
        Change c = restrictBackupAdmin();
        Change reverted = demo.session.revertUnconfirmed(c.id(), Msg.of("confirm.not-in-time"));
        assertThat(reverted.outcome()).isEqualTo(Outcome.REVERTED);
        assertThat(reverted.result().text()).contains("undone by itself").contains("nobody confirmed it in time");
        assertThat(demo.sim().state().admin("backup-admin").path("ipRestrictionsEnabled").asBoolean()).isFalse();
        assertThat(demo.journal.change(c.id()).orElseThrow().outcome()).isEqualTo(Outcome.REVERTED);
        assertThat(demo.session.awaitingConfirmation(c.id())).isEmpty();
        assertThat(demo.session.lastUndoable()).as("nothing of it is left to undo").isEmpty();
        assertThat(summaryOutcomes()).anySatisfy(o -> assertThat(o).contains("Reverted by itself"));
    }

    @Test
    void whenTheServerSeesAnotherAddressTheFreshLoginFailsAndTheChangeIsUndoneAtOnce() {
        // A NAT between the wizard and the server: the list holds the address the wizard knows, not the one the server sees.
        demo.sim().knobs().seenFrom("198.51.100.20");
        demo.session.probeNow(Guide.ADMIN_IP_RESTRICTIONS);
        Change c = demo.session.apply(demo.session.plan(Guide.ADMIN_IP_RESTRICTIONS, restrict("admin", "127.0.0.1"))).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.REVERTED);
        assertThat(c.result().text()).contains("a new login to").contains("failed").contains("undone by itself");
        assertThat(demo.sim().state().admin("admin").path("ipRestrictionsEnabled").asBoolean()).as("the administrator is not locked out")
                .isFalse();
    }

    @Test
    void aWindowsChangeIsRevertedByAScheduledTaskEvenIfTheWizardIsGone() {
        SimulatedWindows w = demo.connection.simulatedWindows().orElseThrow();
        demo.session.probeNow(Guide.WEBMAIL_BINDINGS);
        Change c = demo.session.apply(demo.session.plan(Guide.WEBMAIL_BINDINGS,
                Settings.EMPTY.with(WebmailBindingsStep.CATCH_ALL, WebmailBindingsStep.LOCALHOST))).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(demo.session.awaitingConfirmation(c.id()).orElseThrow().revert().text()).contains("a scheduled task");
        assertThat(w.tasks()).hasEntrySatisfying("Revert " + c.id(),
                task -> assertThat(task).contains("undo --local --server " + demo.sim().url() + " --change " + c.id() + " --if-unconfirmed"));
        demo.session.confirm(c.id());
        assertThat(w.tasks()).as("confirmed: the task is removed").isEmpty();
    }

    @Test
    void aWindowsChangeAfterWhichWebmailDoesNotAnswerIsUndoneAtOnce() {
        SimulatedWindows w = demo.connection.simulatedWindows().orElseThrow();
        var before = w.sites().getFirst().bindings();
        demo.session.probeNow(Guide.WEBMAIL_BINDINGS);
        var plan = demo.session.plan(Guide.WEBMAIL_BINDINGS, Settings.EMPTY.with(WebmailBindingsStep.CATCH_ALL, WebmailBindingsStep.LOCALHOST));
        w.faults().failNext(WindowsFaults.Op.REACH_WEBMAIL, WindowsFaults.Fault.COMMAND_FAILED);
        Change c = demo.session.apply(plan).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.REVERTED);
        assertThat(c.result().text()).contains("a request to webmail").contains("does not answer");
        assertThat(w.sites().getFirst().bindings()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(w.tasks()).isEmpty();
    }

    @Test
    void aWindowOfZeroKeepsTheChangeOnceTheFreshCheckPasses() {
        demo.session.confirmWithin(Duration.ZERO);
        Change c = restrictBackupAdmin();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(demo.session.confirmed(c.id())).isTrue();
        assertThat(demo.session.awaitingConfirmation(c.id())).isEmpty();
    }
}
