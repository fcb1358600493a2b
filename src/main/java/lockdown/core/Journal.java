package lockdown.core;

import lockdown.base.Msg;
import lockdown.base.LockdownException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The durable record of changes: one JSON object per line, flushed to disk before each action
 * starts and after it ends. It is what undo works from after a restart, and what tells, after a
 * crash, which change was interrupted and which of its actions had run. Secret settings never
 * reach it ({@link Settings#toPlain} leaves them out).
 */
public final class Journal {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a line records. */
    public enum Phase {
        /** Before the first action: the values before and after, the actions. */
        INTENT,
        ACTION_STARTED,
        ACTION_FINISHED,
        ACTION_FAILED,
        REVERTED,
        REVERT_FAILED,
        /** The change has ended, however it ended. */
        FINISHED,
        /** A change that could cut someone off took and passed the fresh check: kept only if confirmed by the deadline. */
        AWAITING_CONFIRMATION,
        /** The administrator confirmed it in time: it is kept. */
        CONFIRMED;

        /** As written in the file: {@code action-started}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Path file;
    private final Function<Guide, List<Setting<?>>> settingsOf;

    public Journal(Path file, Function<Guide, List<Setting<?>>> settingsOf) {
        this.file = file;
        this.settingsOf = settingsOf;
    }

    public Path file() {
        return file;
    }

    /** Written before the first action of a change runs. */
    public void intent(String changeId, Guide step, String target, String operator, Settings before, Settings after,
                       Status statusBefore, List<Msg> actions, String undoes) {
        ObjectNode n = entry(Phase.INTENT, changeId);
        n.put("step", step.id());
        n.put("target", target);
        n.put("operator", operator);
        n.set("before", JSON.valueToTree(before.toPlain(settingsOf.apply(step))));
        n.set("after", JSON.valueToTree(after.toPlain(settingsOf.apply(step))));
        n.put("statusBefore", statusBefore.code());
        actions.forEach(a -> n.withArray("actions").add(msg(a)));
        if (undoes != null) {
            n.put("undoes", undoes);
        }
        append(n);
    }

    /** Written before and after each action and each revert. */
    public void action(String changeId, Phase phase, int index, Msg detail) {
        ObjectNode n = entry(phase, changeId);
        n.put("action", index);
        if (detail != null) {
            n.set("detail", msg(detail));
        }
        append(n);
    }

    /** Written when a change that could cut someone off waits for confirmation until {@code deadline}. */
    public void awaiting(String changeId, Instant deadline, Msg arrangement) {
        ObjectNode n = entry(Phase.AWAITING_CONFIRMATION, changeId);
        n.put("deadline", deadline.toString());
        n.set("revert", msg(arrangement));
        append(n);
    }

    /** Written when the administrator keeps such a change. */
    public void confirmed(String changeId) {
        append(entry(Phase.CONFIRMED, changeId));
    }

    /**
     * Whether a change waits for confirmation: its deadline, while it has been neither confirmed nor
     * reverted (a later end line) since it began waiting.
     */
    public java.util.Optional<Awaiting> awaitingUntil(String changeId) {
        Awaiting waiting = null;
        for (ObjectNode n : read()) {
            if (!n.path("change").asText().equals(changeId)) {
                continue;
            }
            String phase = n.path("phase").asText();
            if (phase.equals(Phase.AWAITING_CONFIRMATION.code())) {
                Instant deadline;
                try {
                    deadline = Instant.parse(n.path("deadline").asText());
                } catch (RuntimeException unreadable) {
                    deadline = Instant.EPOCH;
                }
                waiting = new Awaiting(deadline, n.has("revert") ? toMsg(n.path("revert")) : Msg.of("confirm.only-while-running"));
            } else if (waiting != null && (phase.equals(Phase.CONFIRMED.code()) || phase.equals(Phase.FINISHED.code()))) {
                waiting = null;
            }
        }
        return java.util.Optional.ofNullable(waiting);
    }

    /** A change waiting for confirmation: until when, and how it is undone if nobody confirms it. */
    public record Awaiting(Instant deadline, Msg revert) {
    }

    /** Whether the administrator confirmed the change. */
    public boolean isConfirmed(String changeId) {
        return read().stream().anyMatch(n -> n.path("change").asText().equals(changeId)
                && n.path("phase").asText().equals(Phase.CONFIRMED.code()));
    }

    /** Written when a change has ended, however it ended. */
    public void finished(String changeId, Outcome outcome, Status statusAfter, Msg result) {
        ObjectNode n = entry(Phase.FINISHED, changeId);
        n.put("outcome", outcome.code());
        n.put("statusAfter", statusAfter.code());
        n.set("result", msg(result));
        append(n);
    }

    /** Every change in the file, oldest first; a change with an intent but no end is INTERRUPTED. */
    public List<Change> changes() {
        return changes(new int[1]);
    }

    /** The changes; entries that cannot be understood (another version's, a hand edit's) are passed over and counted. */
    private List<Change> changes(int[] unusable) {
        Map<String, ObjectNode> intents = new LinkedHashMap<>();
        Map<String, ObjectNode> ends = new LinkedHashMap<>();
        for (ObjectNode n : read()) {
            String id = n.path("change").asText();
            String phase = n.path("phase").asText();
            if (phase.equals(Phase.INTENT.code())) {
                intents.put(id, n);
            } else if (phase.equals(Phase.FINISHED.code())) {
                ends.put(id, n);
            }
        }
        List<Change> out = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> e : intents.entrySet()) {
            try {
                toChange(e.getValue(), ends.get(e.getKey())).ifPresent(out::add);
            } catch (RuntimeException unreadable) {
                unusable[0]++;
            }
        }
        return out;
    }

    /**
     * How far a change's actions got, by number (from 0): started, and finished. An action started
     * but not finished may or may not have done its work: it is uncertain, never "not done".
     */
    public record Progress(java.util.SortedSet<Integer> started, java.util.SortedSet<Integer> finished) {

        /** Started and not finished: the process ended during it, or it failed. */
        public java.util.SortedSet<Integer> uncertain() {
            java.util.SortedSet<Integer> out = new java.util.TreeSet<>(started);
            out.removeAll(finished);
            return out;
        }
    }

    /** When the journal last heard of a change (its latest line), if ever. */
    public java.util.Optional<Instant> lastWritten(String changeId) {
        Instant last = null;
        for (ObjectNode n : read()) {
            if (n.path("change").asText().equals(changeId)) {
                try {
                    last = Instant.parse(n.path("time").asText());
                } catch (RuntimeException unreadable) {
                    // a line without a readable time says nothing about when
                }
            }
        }
        return java.util.Optional.ofNullable(last);
    }

    /** The actions of a change that the journal shows started and finished. */
    public Progress progress(String changeId) {
        java.util.SortedSet<Integer> started = new java.util.TreeSet<>();
        java.util.SortedSet<Integer> finished = new java.util.TreeSet<>();
        for (ObjectNode n : read()) {
            if (!n.path("change").asText().equals(changeId)) {
                continue;
            }
            String phase = n.path("phase").asText();
            if (phase.equals(Phase.ACTION_STARTED.code())) {
                started.add(n.path("action").asInt());
            } else if (phase.equals(Phase.ACTION_FINISHED.code())) {
                finished.add(n.path("action").asInt());
            }
        }
        return new Progress(started, finished);
    }

    /** Changes made on one target, oldest first. */
    public List<Change> changes(String target) {
        String key = Target.canonicalKey(target);
        return changes().stream().filter(c -> Target.canonicalKey(c.target()).equals(key)).toList();
    }

    public Optional<Change> change(String id) {
        return changes().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private Optional<Change> toChange(ObjectNode intent, ObjectNode end) {
        Optional<Guide> step = Guide.byId(intent.path("step").asText());
        if (step.isEmpty()) {
            return Optional.empty();
        }
        List<Setting<?>> settings = settingsOf.apply(step.get());
        List<Msg> actions = new ArrayList<>();
        intent.path("actions").forEach(a -> actions.add(toMsg(a)));
        Outcome outcome = end == null ? Outcome.INTERRUPTED : Outcome.fromCode(end.path("outcome").asText());
        Status before = status(intent.path("statusBefore").asText());
        Status after = end == null ? Status.UNKNOWN : status(end.path("statusAfter").asText());
        Msg result = end == null ? Msg.of("journal.interrupted") : toMsg(end.path("result"));
        return Optional.of(new Change(intent.path("change").asText(), step.get(), intent.path("target").asText(),
                Instant.parse(intent.path("time").asText()),
                Settings.fromPlain(plain(intent.path("before")), settings),
                Settings.fromPlain(plain(intent.path("after")), settings),
                before, after, outcome, result, actions,
                intent.hasNonNull("undoes") ? intent.path("undoes").asText() : null));
    }

    private static Status status(String code) {
        for (Status s : Status.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return Status.UNKNOWN;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plain(JsonNode node) {
        return JSON.convertValue(node, Map.class);
    }

    /**
     * A message as its key and arguments (a nested message as an object of its own), never as
     * rendered text: read back, it is shown in the language of whoever reads it.
     */
    private static ObjectNode msg(Msg m) {
        ObjectNode n = JSON.createObjectNode();
        n.put("key", m.key());
        var args = n.putArray("args");
        for (Object a : m.args()) {
            if (a instanceof Msg inner) {
                args.add(msg(inner));
            } else if (a instanceof Number num) {
                args.add(JSON.valueToTree(num));
            } else {
                args.add(String.valueOf(a));
            }
        }
        return n;
    }

    private static Msg toMsg(JsonNode n) {
        if (n.isTextual()) {
            // Lines written before messages were kept as keys.
            return Msg.of("error.plain", n.asText());
        }
        List<Object> args = new ArrayList<>();
        n.path("args").forEach(a -> args.add(a.isObject() ? toMsg(a) : a.isNumber() ? a.numberValue() : a.asText()));
        return new Msg(n.path("key").asText("journal.interrupted"), args);
    }

    private ObjectNode entry(Phase phase, String changeId) {
        ObjectNode n = JSON.createObjectNode();
        n.put("time", Instant.now().toString());
        n.put("phase", phase.code());
        n.put("change", changeId);
        return n;
    }

    /** Every readable line; a line cut short by a crash is passed over (and counted by {@link #torn}). */
    public List<ObjectNode> read() {
        return scan(new int[1]);
    }

    /**
     * What is wrong with the file, for people: lines that cannot be read (a line cut short when the
     * process died while writing it). The entries before and after still count.
     */
    public java.util.Optional<Msg> torn() {
        int[] torn = new int[1];
        scan(torn);
        changes(torn);
        return torn[0] == 0 ? java.util.Optional.empty() : java.util.Optional.of(Msg.of("journal.torn", file, torn[0]));
    }

    private List<ObjectNode> scan(int[] torn) {
        List<ObjectNode> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                // an unfinished line after a crash is counted; the entries around it still count
                parse(line).ifPresentOrElse(out::add, () -> torn[0]++);
            }
        } catch (IOException e) {
            throw new LockdownException(Msg.of("journal.unreadable", file, e.getMessage()), e);
        }
        return out;
    }

    private void append(ObjectNode n) {
        try {
            String line = JSON.writeValueAsString(n) + "\n";
            locked(() -> {
                writeDurably(file, line, StandardOpenOption.APPEND);
                return null;
            });
        } catch (IOException e) {
            throw new LockdownException(Msg.of("journal.unwritable", file, e.getMessage()), e);
        }
    }

    /** Writes the text whole and on the disk before returning (APPEND or TRUNCATE_EXISTING; the file exists). */
    static void writeDurably(Path target, String text, StandardOpenOption mode) throws IOException {
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE, mode)) {
            ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    /** Removes the journal and its lock file (a demo's, when the demo ends). */
    public void delete() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(lockFile());
    }

    private Path lockFile() {
        Path key = file.toAbsolutePath().normalize();
        return key.resolveSibling(key.getFileName() + ".lock");
    }

    /** Work on the file that must not run alongside another writer's. */
    interface FileWork<T> {
        T run() throws IOException;
    }

    private static final Map<Path, Object> WRITERS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Runs {@code work} as the only writer of this journal: against this process's other threads by a
     * monitor, against other processes (the window, the command line, the scheduled revert) by an
     * operating-system lock on a file next to the journal. Appends take it, and so does archiving,
     * which rewrites the file: no line written meanwhile can be lost.
     */
    <T> T locked(FileWork<T> work) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        synchronized (WRITERS.computeIfAbsent(key, k -> new Object())) {
            Path folder = key.getParent();
            if (!Files.isDirectory(folder)) {
                lockdown.base.Private.folder(folder);
            }
            Path lockFile = lockFile();
            boolean fresh = !Files.exists(lockFile);
            // CREATE, not createFile: two processes may both find it missing.
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 java.nio.channels.FileLock ignored = ch.lock()) {
                if (fresh) {
                    lockdown.base.Private.restrict(lockFile, false);
                }
                if (!Files.exists(file)) {
                    lockdown.base.Private.file(file);
                }
                return work.run();
            }
        }
    }

    /** The file's lines as written, unreadable ones too. */
    List<String> rawLines() throws IOException {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    /** A line as an entry, or empty when it cannot be read as one. */
    static Optional<ObjectNode> parse(String line) {
        try {
            return JSON.readTree(line) instanceof ObjectNode n ? Optional.of(n) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
