package lockdown.core;

import lockdown.base.Msg;
import lockdown.base.LockdownException;
import lockdown.base.InvalidSettingsException;
import lockdown.base.StepException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session's apply, verify, roll back and undo, on a step whose "server" is two numbers in
 * memory and whose actions can be told to fail.
 */
class SessionTest {

    private static final Setting<Integer> A = Setting.number("threshold", 0, 9);
    private static final Setting<Integer> B = Setting.number("time-frame", 0, 9);

    @TempDir
    Path dir;

    private final Map<Setting<Integer>, Integer> server = new java.util.HashMap<>(Map.of(A, 1, B, 1));
    private final Set<String> failing = new java.util.HashSet<>();
    /** Writes that reach the server but whose answer is lost: the value is set, then the call fails. */
    private final Set<String> answerLost = new java.util.HashSet<>();
    private boolean lying;
    private ExecutorService executor;
    private Session session;
    private Journal journal;

    private final Step step = new Step() {
        final List<Setting<?>> settings = List.of(A, B);

        @Override
        public Guide id() {
            return Guide.SMTP_RELAY;
        }

        @Override
        public List<Setting<?>> settings() {
            return settings;
        }

        @Override
        public Finding probe(Target target) {
            Settings now = Settings.EMPTY.with(A, server.get(A)).with(B, server.get(B));
            boolean ok = server.get(A) == 5 && server.get(B) == 5;
            return Finding.of(id(), ok ? ProbeResult.COMPLIANT : ProbeResult.AT_RISK, now,
                    Settings.EMPTY.with(A, 5).with(B, 5), Msg.of("value.none"), null, List.of());
        }

        @Override
        public Plan plan(Target target, Finding current, Settings desired) {
            Settings after = current.current().merge(desired);
            List<Action> actions = new ArrayList<>();
            for (Setting<Integer> k : List.of(A, B)) {
                int from = current.current().get(k);
                int to = after.get(k);
                if (from != to) {
                    actions.add(new Action(Msg.of("error.plain", "set " + k.key()), "set " + k.key() + " " + to, Set.of(),
                            () -> set(k, to), () -> set(k, from)));
                }
            }
            return new Plan(id(), current.current(), after, actions, List.of());
        }
    };

    private void set(Setting<Integer> key, int value) {
        if (failing.contains(key.key() + "=" + value)) {
            throw new StepException(Msg.of("error.plain", "server said no to " + key.key()));
        }
        server.put(key, lying ? 0 : value);
        if (answerLost.contains(key.key() + "=" + value)) {
            throw new LockdownException(Msg.of("error.plain", "the answer to " + key.key() + " was lost")) {
                @Override
                public boolean uncertain() {
                    return true;
                }
            };
        }
    }

    @BeforeEach
    void open() {
        executor = Executors.newVirtualThreadPerTaskExecutor();
        Map<Guide, Step> steps = new EnumMap<>(Guide.class);
        steps.put(Guide.SMTP_RELAY, step);
        journal = new Journal(dir.resolve("journal.jsonl"), g -> step.settings());
        Target target = new Target(Target.Kind.DEMO, "test", "mem://test", "tester", lockdown.core.Ports.NONE);
        session = new Session(target, steps, journal, executor);
    }

    @AfterEach
    void close() {
        executor.shutdownNow();
    }

    private Plan planBoth() {
        return session.plan(Guide.SMTP_RELAY, Settings.EMPTY.with(A, 5).with(B, 5));
    }

    @Test
    void appliesVerifiesAndJournalsBeforeAndAfterEachAction() throws Exception {
        Change c = session.apply(planBoth()).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(session.status(Guide.SMTP_RELAY)).isEqualTo(Status.APPLIED);
        assertThat(server).containsEntry(A, 5).containsEntry(B, 5);
        List<String> phases = journal.read().stream().map(n -> n.path("phase").asText()).toList();
        assertThat(phases).containsExactly("intent", "action-started", "action-finished", "action-started",
                "action-finished", "finished");
        assertThat(Files.readString(dir.resolve("journal.jsonl"))).contains("\"before\":{\"threshold\":1,\"time-frame\":1}");
    }

    @Test
    void anActionWhoseAnswerWasLostIsTreatedAsPossiblyDoneAndRevertedToo() {
        answerLost.add(B.key() + "=5");
        Change c = session.apply(planBoth()).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(server).as("both values back, the one whose answer was lost included").containsEntry(A, 1).containsEntry(B, 1);
    }

    @Test
    void whatARevertCannotPutBackIsNamedAndTheChangeCanBeUndoneLater() {
        answerLost.add(B.key() + "=5");
        failing.add(B.key() + "=1");
        Change c = session.apply(planBoth()).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.FAILED_PARTIAL);
        assertThat(c.result().text()).contains("still in place").contains("Time frame is 5 minutes, expected 1 minutes");
        assertThat(session.lastUndoable().map(Change::id)).contains(c.id());
        failing.clear();
        Change undo = session.undo(c.id()).orElseThrow();
        assertThat(undo.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(server).containsEntry(A, 1).containsEntry(B, 1);
    }

    @Test
    void aFailedActionRollsBackTheOnesBeforeIt() {
        failing.add(B.key() + "=5");
        Change c = session.apply(planBoth()).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(c.result().text()).contains("set " + B.key()).contains("server said no to " + B.key()).contains("rolled back");
        assertThat(server).containsEntry(A, 1).containsEntry(B, 1);
        assertThat(session.status(Guide.SMTP_RELAY)).isEqualTo(Status.AT_RISK);
        assertThat(journal.change(c.id()).orElseThrow().outcome()).isEqualTo(Outcome.ROLLED_BACK);
        var finished = journal.read().stream().filter(n -> n.path("phase").asText().equals(Journal.Phase.FINISHED.code()))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(finished.path("result").path("key").asText()).as("kept as a key, not as words").isEqualTo("apply.failed-rolled-back");
        assertThat(finished.path("result").has("text")).isFalse();
        assertThat(finished.path("result").path("args").get(1).path("key").asText()).as("a message inside keeps its key")
                .isEqualTo("error.plain");
        assertThat(journal.change(c.id()).orElseThrow().result().text()).isEqualTo(c.result().text());
    }

    @Test
    void aFailedRollBackSaysWhatIsStillInPlace() {
        failing.add(B.key() + "=5");
        failing.add(A.key() + "=1");
        Change c = session.apply(planBoth()).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.FAILED_PARTIAL);
        assertThat(c.result().text()).contains("still in place").contains("set " + A.key());
    }

    @Test
    void aChangeThatDoesNotReadBackIsNotReportedAsApplied() {
        lying = true;
        Change c = session.apply(planBoth()).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.NOT_VERIFIED);
        assertThat(c.result().text()).contains("Threshold is 0 failed logins, expected 5 failed logins");
        assertThat(session.status(Guide.SMTP_RELAY)).isNotEqualTo(Status.APPLIED);
    }

    @Test
    void undoRestoresTheBeforeValuesAndIsJournaledToo() {
        Change c = session.apply(planBoth()).orElseThrow();
        Change undo = session.undo(c.id()).orElseThrow();
        assertThat(undo.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(undo.undoes()).isEqualTo(c.id());
        assertThat(server).containsEntry(A, 1).containsEntry(B, 1);
        assertThat(session.status(Guide.SMTP_RELAY)).isEqualTo(Status.AT_RISK);
        assertThat(journal.changes()).extracting(Change::undoes).containsExactly(null, c.id());
        assertThatThrownBy(() -> session.undo(c.id())).hasMessageContaining("already been undone");
        assertThat(session.lastUndoable()).isEmpty();
    }

    @Test
    void undoRefusesWhenSomeoneChangedTheValueSince() {
        Change c = session.apply(planBoth()).orElseThrow();
        server.put(A, 7);
        assertThatThrownBy(() -> session.undo(c.id())).hasMessageContaining("has been changed since")
                .hasMessageContaining("Nothing was changed");
        assertThat(server).containsEntry(A, 7).containsEntry(B, 5);
    }

    @Test
    void aPlanWithNothingToDoChangesNothingAndJournalsNothing() {
        server.put(A, 5);
        server.put(B, 5);
        assertThat(session.apply(planBoth())).isEmpty();
        assertThat(journal.read()).isEmpty();
    }

    @Test
    void invalidValuesAreRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> session.plan(Guide.SMTP_RELAY, Settings.EMPTY.with(A, 42)))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("Threshold: must be between 0 and 9 failed logins");
        assertThat(journal.read()).isEmpty();
    }

    @Test
    void skippingNeedsAReasonAndShowsAsSkipped() {
        session.probeNow(Guide.SMTP_RELAY);
        assertThatThrownBy(() -> session.skip(Guide.SMTP_RELAY, " ")).hasMessageContaining("give a reason");
        session.skip(Guide.SMTP_RELAY, "done by the hoster");
        assertThat(session.view(Guide.SMTP_RELAY).status()).isEqualTo(Status.SKIPPED);
        assertThat(session.view(Guide.SMTP_RELAY).skipReason()).isEqualTo("done by the hoster");
    }

    @Test
    void anInterruptedChangeIsFoundInTheJournalAfterARestart() throws Exception {
        journal.intent("c-1", Guide.SMTP_RELAY, "x", "op", Settings.EMPTY.with(A, 1), Settings.EMPTY.with(A, 5),
                Status.AT_RISK, List.of(Msg.of("error.plain", "set a")), null);
        Files.writeString(dir.resolve("journal.jsonl"), "{\"time\":\"2026-", java.nio.file.StandardOpenOption.APPEND);
        Journal reopened = new Journal(dir.resolve("journal.jsonl"), g -> step.settings());
        assertThat(reopened.changes()).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(Outcome.INTERRUPTED);
            assertThat(c.after()).isEqualTo(Settings.EMPTY.with(A, 5));
        });
    }
}
