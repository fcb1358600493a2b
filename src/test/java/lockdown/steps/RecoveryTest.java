package lockdown.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Executors;
import lockdown.DemoTest;
import lockdown.base.Msg;
import lockdown.core.Change;
import lockdown.core.Guide;
import lockdown.core.IpRule;
import lockdown.core.Journal;
import lockdown.core.Outcome;
import lockdown.core.Plan;
import lockdown.core.Session;
import lockdown.core.Settings;
import lockdown.core.Status;
import org.junit.jupiter.api.Test;

/**
 * A change the process did not live to finish: found after a restart with how far it got, then
 * reverted (the default) or kept; closed either way, and never left half-applied unannounced.
 */
class RecoveryTest extends DemoTest {

    final List<IpRule> three = List.of(IpRule.of("198.51.100.7", "Scanner", IpRule.Option.SMTP_AUTH),
            IpRule.of("198.51.100.8", "Printer", IpRule.Option.SMTP_AUTH), IpRule.of("198.51.100.9", "Copier"));

    /**
     * What a kill in the middle of a change leaves: the intent, the first action finished, the
     * second started (and, here, done on the server too: its reply never arrived), the third never.
     */
    private Change crashAfterTwoOfThree() {
        Plan plan = demo.session.plan(Guide.RELAY_WHITELIST, Settings.EMPTY.with(RelayWhitelistStep.WHITELIST, three));
        assertThat(plan.actions()).hasSize(3);
        Journal j = demo.journal;
        String id = "20261130-crash-1";
        j.intent(id, Guide.RELAY_WHITELIST, demo.session.targetKey(), "tester", plan.before(), plan.after(), Status.COMPLIANT,
                plan.actions().stream().map(a -> a.description()).toList(), null);
        for (int i = 0; i < 2; i++) {
            j.action(id, Journal.Phase.ACTION_STARTED, i, plan.actions().get(i).description());
            plan.actions().get(i).perform().run();
        }
        j.action(id, Journal.Phase.ACTION_FINISHED, 0, null);
        return reopen().interrupted().getFirst();
    }

    /** The wizard started again: a new session on the same journal (the simulator answers at once: nothing is in flight). */
    private Session reopen() {
        Session s = new Session(demo.connection.target(), Steps.all(), new Journal(demo.journal.file(), Steps::settingsOf),
                Executors.newVirtualThreadPerTaskExecutor());
        s.settleAfterCrash(java.time.Duration.ZERO);
        return s;
    }

    @Test
    void afterARestartTheInterruptedChangeIsShownWithHowFarItGot() {
        Change c = crashAfterTwoOfThree();
        Session s = reopen();
        assertThat(s.interrupted()).extracting(Change::id).containsExactly(c.id());
        var p = s.progress(c.id());
        assertThat(p.finished()).containsExactly(0);
        assertThat(p.uncertain()).as("started, not finished: may have happened").containsExactly(1);
        assertThat(lockdown.core.Recovery.describe(p).text()).contains("finished: 1").contains("finished: 2");
        assertThat(s.lastUndoable()).map(Change::id).as("undo --last offers it").contains(c.id());
    }

    @Test
    void finishingTheRevertPutsBackWhatWasBeforeAndClosesTheChange() {
        Change c = crashAfterTwoOfThree();
        assertThat(demo.sim().state().whitelist()).as("half-applied on the server").hasSize(2);
        Session s = reopen();
        Change closed = s.recover(c.id(), false);
        assertThat(closed.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(closed.result().text()).contains("was reverted").contains(c.id());
        assertThat(demo.sim().state().whitelist()).isEmpty();
        assertThat(reopen().interrupted()).as("the marker is gone").isEmpty();
        assertThat(reopen().lastUndoable()).isEmpty();
        assertThatThrownBy(() -> reopen().recover(c.id(), false)).hasMessageContaining("was not interrupted");
    }

    @Test
    void keepingWhatRanRecordsItAsPartlyInPlaceAndUndoFinishesIt() {
        Change c = crashAfterTwoOfThree();
        Session s = reopen();
        Change kept = s.recover(c.id(), true);
        assertThat(kept.outcome()).isEqualTo(Outcome.FAILED_PARTIAL);
        assertThat(kept.result().text()).contains("kept as far as it ran").contains("198.51.100.9");
        assertThat(demo.sim().state().whitelist()).as("kept means nothing is changed").hasSize(2);
        assertThat(reopen().interrupted()).isEmpty();
        Change undo = reopen().undo(c.id()).orElseThrow();
        assertThat(undo.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(demo.sim().state().whitelist()).isEmpty();
    }

    @Test
    void undoOfAnInterruptedChangeFinishesItsRevertInsteadOfSayingThereIsNothing() {
        Change c = crashAfterTwoOfThree();
        Change closed = reopen().undo(c.id()).orElseThrow();
        assertThat(closed.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(demo.sim().state().whitelist()).isEmpty();
    }

    @Test
    void aChangeThatRanToTheEndBeforeTheCrashIsKeptAsComplete() {
        Plan plan = demo.session.plan(Guide.SMTP_RELAY, Settings.EMPTY.with(SmtpRelayStep.ALLOW_RELAY, "nobody"));
        String id = "20261130-crash-2";
        demo.journal.intent(id, Guide.SMTP_RELAY, demo.session.targetKey(), "tester", plan.before(), plan.after(), Status.AT_RISK,
                List.of(plan.actions().getFirst().description()), null);
        demo.journal.action(id, Journal.Phase.ACTION_STARTED, 0, plan.actions().getFirst().description());
        plan.actions().getFirst().perform().run();
        Change kept = reopen().recover(id, true);
        assertThat(kept.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(kept.result().text()).contains("complete");
        assertThat(reopen().undo(id).orElseThrow().outcome()).as("and can be undone").isEqualTo(Outcome.VERIFIED);
        assertThat(demo.sim().state().allowRelay()).isEqualTo("Anyone");
    }

    @Test
    void aTornLineIsReportedAndTheEntriesAroundItStillCount() throws Exception {
        Change c = crashAfterTwoOfThree();
        Files.writeString(demo.journal.file(), "{\"time\":\"2026-11-30T1", StandardOpenOption.APPEND);
        Session s = reopen();
        assertThat(s.journalProblem()).map(Msg::text).hasValueSatisfying(t -> assertThat(t).contains("has one entry that cannot be read"));
        assertThat(s.interrupted()).extracting(Change::id).containsExactly(c.id());
    }

    @Test
    void theJournalIsReadableByItsOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        var fresh = new Journal(dir.resolve("private").resolve("journal.jsonl"), Steps::settingsOf);
        fresh.action("x", Journal.Phase.ACTION_STARTED, 0, null);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.file().getParent()))).isEqualTo("rwx------");
    }
}
