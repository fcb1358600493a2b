package lockdown.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lockdown.base.Msg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal stays short: old ended changes move to the archive, whole; what is still needed stays; no line is lost. */
class JournalArchiveTest {

    static final String A = "remote https://a.example.com:443";
    static final String B = "remote https://b.example.com:443";

    @TempDir
    Path dir;

    Journal journal() {
        return new Journal(dir.resolve("journal.jsonl"), g -> List.of());
    }

    static void ended(Journal j, String id, String target, Outcome outcome, String undoes) {
        j.intent(id, Guide.SMTP_RELAY, target, "op", Settings.EMPTY, Settings.EMPTY, Status.AT_RISK, List.of(), undoes);
        j.finished(id, outcome, Status.COMPLIANT, Msg.of("error.plain", "done"));
    }

    static List<String> ids(Journal j) {
        return j.changes().stream().map(Change::id).toList();
    }

    List<String> lines(Path f) throws Exception {
        return Files.exists(f) ? Files.readAllLines(f, StandardCharsets.UTF_8) : List.of();
    }

    @Test
    void theLastChangesOfEachTargetStayAndOlderOnesMoveWholeAndInOrder() throws Exception {
        Journal j = journal();
        for (int i = 1; i <= 30; i++) {
            ended(j, "a" + i, A, Outcome.VERIFIED, null);
            if (i % 6 == 0) {
                ended(j, "b" + i / 6, B, Outcome.VERIFIED, null);
            }
        }
        List<String> before = lines(j.file());

        assertThat(JournalArchive.archive(j, 10)).isEqualTo(20);

        List<String> expected = new ArrayList<>();
        for (int i = 21; i <= 30; i++) {
            expected.add("a" + i);
        }
        assertThat(ids(j)).containsAll(expected).contains("b1", "b2", "b3", "b4", "b5").hasSize(15);
        Journal archive = new Journal(JournalArchive.archiveOf(j), g -> List.of());
        assertThat(ids(archive)).containsExactly("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10",
                "a11", "a12", "a13", "a14", "a15", "a16", "a17", "a18", "a19", "a20");
        assertThat(archive.changes()).allSatisfy(c -> assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED));
        // every line is in exactly one of the two files, in the order it was written
        List<String> after = new ArrayList<>(lines(JournalArchive.archiveOf(j)));
        after.addAll(lines(j.file()));
        assertThat(after).containsExactlyInAnyOrderElementsOf(before);
        assertThat(lines(j.file())).isEqualTo(before.stream().filter(lines(j.file())::contains).toList());
    }

    @Test
    void whatIsStillNeededStaysHoweverOld() throws Exception {
        Journal j = journal();
        j.intent("interrupted", Guide.SMTP_RELAY, A, "op", Settings.EMPTY, Settings.EMPTY, Status.AT_RISK, List.of(), null);
        ended(j, "waiting", A, Outcome.VERIFIED, null);
        j.awaiting("waiting", Instant.now().plusSeconds(600), Msg.of("confirm.only-while-running"));
        ended(j, "kept-by-confirming", A, Outcome.VERIFIED, null);
        j.awaiting("kept-by-confirming", Instant.now().plusSeconds(600), Msg.of("confirm.only-while-running"));
        j.confirmed("kept-by-confirming");
        ended(j, "by-hand", A, Outcome.DONE_BY_HAND, null);
        ended(j, "undo-of-waiting", A, Outcome.VERIFIED, "waiting");
        Files.writeString(j.file(), "{\"time\":\"2026-", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(j.file(), "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        for (int i = 1; i <= 12; i++) {
            ended(j, "new" + i, A, Outcome.VERIFIED, null);
        }

        assertThat(JournalArchive.archive(j, 10)).isEqualTo(3);

        assertThat(ids(j)).contains("interrupted", "waiting", "by-hand", "undo-of-waiting")
                .doesNotContain("kept-by-confirming", "new1", "new2").contains("new3", "new12");
        assertThat(j.awaitingUntil("waiting")).isPresent();
        assertThat(j.changes(A).stream().filter(c -> c.outcome() == Outcome.INTERRUPTED)).hasSize(1);
        assertThat(j.torn()).as("the unreadable line stays where it was").isPresent();
    }

    @Test
    void aFewOldChangesDoNotRewriteTheFile() throws Exception {
        Journal j = journal();
        for (int i = 1; i <= 9; i++) {
            ended(j, "a" + i, A, Outcome.VERIFIED, null);
        }
        byte[] before = Files.readAllBytes(j.file());

        assertThat(JournalArchive.archive(j, 8)).isZero();

        assertThat(Files.readAllBytes(j.file())).isEqualTo(before);
        assertThat(JournalArchive.archiveOf(j)).doesNotExist();
    }

    @Test
    void noLineIsLostWhileAnotherProcessWritesDuringArchiving() throws Exception {
        Journal j = journal();
        for (int i = 1; i <= 40; i++) {
            ended(j, "mine" + i, A, Outcome.VERIFIED, null);
        }
        int theirs = 150;
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), JournalAppender.class.getName(),
                j.file().toString(), String.valueOf(theirs), "theirs", B).redirectErrorStream(true).start();
        int moved = 0;
        int rounds = 0;
        while (other.isAlive() || rounds == 0) {
            moved += JournalArchive.archive(j, 4);
            rounds++;
        }
        assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        assertThat(other.exitValue()).isZero();
        moved += JournalArchive.archive(j, 4);

        Journal archive = new Journal(JournalArchive.archiveOf(j), g -> List.of());
        List<String> all = new ArrayList<>(ids(archive));
        all.addAll(ids(j));
        assertThat(all).hasSize(40 + theirs).doesNotHaveDuplicates();
        assertThat(moved).isEqualTo(ids(archive).size()).isPositive();
        assertThat(j.changes()).allSatisfy(c -> assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED));
        assertThat(j.torn()).isEmpty();
        assertThat(archive.torn()).isEmpty();
        assertThat(j.changes(A)).hasSize(4);
        assertThat(j.changes(B)).hasSize(4);
    }
}
