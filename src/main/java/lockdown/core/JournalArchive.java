package lockdown.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lockdown.base.LockdownException;
import lockdown.base.Msg;

/**
 * Keeps the journal short: the last {@link #KEEP} ended changes of each target stay, older ones move,
 * whole and in their order, to {@code journal-archive.jsonl} next to it (the same format, never
 * read by the wizard). What is still needed always stays: a change that has not ended (interrupted,
 * or running in another process), one waiting for confirmation, a "done by hand" mark, and the undo
 * of a change that stays. Lines that cannot be read stay where they are.
 *
 * <p>The archive is written and flushed before the journal is replaced, and the journal is replaced
 * in one move while every writer is held off ({@link Journal#locked}); a crash in between leaves a
 * change in both files, never in neither. When the replacement fails (another program holds the
 * file), the archive is cut back to what it was and the journal stays whole.
 */
public final class JournalArchive {

    /** Ended changes kept per target. */
    public static final int KEEP = 200;

    private JournalArchive() {
    }

    /** The archive next to a journal. */
    public static Path archiveOf(Journal journal) {
        return journal.file().toAbsolutePath().resolveSibling("journal-archive.jsonl");
    }

    /**
     * Moves ended changes beyond the last {@code keep} of each target to the archive, once at least a
     * quarter of {@code keep} of them can go (so the file is not rewritten for one change); returns
     * how many changes moved.
     */
    public static int archive(Journal journal, int keep) {
        if (!Files.exists(journal.file())) {
            return 0;
        }
        try {
            return journal.locked(() -> archiveLocked(journal, keep));
        } catch (IOException e) {
            throw new LockdownException(Msg.of("journal.unwritable", journal.file(), e.getMessage()), e);
        }
    }

    private static int archiveLocked(Journal journal, int keep) throws IOException {
        List<String> lines = journal.rawLines();
        Map<String, Entry> changes = new LinkedHashMap<>();
        List<String> lineChange = new ArrayList<>(lines.size());
        for (String line : lines) {
            ObjectNode n = line.isBlank() ? null : Journal.parse(line).orElse(null);
            String id = n == null ? null : n.path("change").asText(null);
            lineChange.add(id);
            if (id != null) {
                changes.computeIfAbsent(id, k -> new Entry()).see(n);
            }
        }
        Set<String> going = going(changes, keep);
        if (going.size() < Math.max(1, keep / 4)) {
            return 0;
        }
        StringBuilder archived = new StringBuilder();
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            (going.contains(lineChange.get(i)) ? archived : kept).append(lines.get(i)).append('\n');
        }
        Path archive = archiveOf(journal);
        if (!Files.exists(archive)) {
            lockdown.base.Private.file(archive);
        }
        long archivedBefore = Files.size(archive);
        Journal.writeDurably(archive, archived.toString(), StandardOpenOption.APPEND);
        Path fresh = journal.file().toAbsolutePath().resolveSibling(journal.file().getFileName() + ".new");
        try {
            Files.deleteIfExists(fresh);
            lockdown.base.Private.file(fresh);
            Journal.writeDurably(fresh, kept.toString(), StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(fresh, journal.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The journal is as it was: take back what went to the archive, so a later try does
            // not copy it there twice.
            try (FileChannel ch = FileChannel.open(archive, StandardOpenOption.WRITE)) {
                ch.truncate(archivedBefore);
                ch.force(true);
            }
            throw e;
        }
        return going.size();
    }

    /** The changes that can go: ended, not needed, and older than the last {@code keep} of their target. */
    static Set<String> going(Map<String, Entry> changes, int keep) {
        Map<String, Integer> endedPerTarget = new HashMap<>();
        changes.values().stream().filter(Entry::movable)
                .forEach(e -> endedPerTarget.merge(Target.canonicalKey(e.target), 1, Integer::sum));
        Set<String> going = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Map.Entry<String, Entry> c : changes.entrySet()) {
            Entry e = c.getValue();
            if (!e.movable()) {
                continue;
            }
            String target = Target.canonicalKey(e.target);
            int index = seen.merge(target, 1, Integer::sum);
            if (index <= endedPerTarget.get(target) - keep) {
                going.add(c.getKey());
            }
        }
        // An undo stays with the change it undoes: without it, that change would look undoable again.
        boolean more = true;
        while (more) {
            more = false;
            for (Map.Entry<String, Entry> c : changes.entrySet()) {
                String undoes = c.getValue().undoes;
                if (going.contains(c.getKey()) && undoes != null && changes.containsKey(undoes) && !going.contains(undoes)) {
                    going.remove(c.getKey());
                    more = true;
                }
            }
        }
        return going;
    }

    /** What the lines of one change say about it. */
    static final class Entry {
        String target;
        String undoes;
        boolean intent;
        boolean ended;
        boolean byHand;
        boolean waiting;

        void see(ObjectNode n) {
            String phase = n.path("phase").asText();
            if (phase.equals(Journal.Phase.INTENT.code())) {
                intent = true;
                target = n.path("target").asText("");
                undoes = n.hasNonNull("undoes") ? n.path("undoes").asText() : null;
            } else if (phase.equals(Journal.Phase.FINISHED.code())) {
                ended = true;
                waiting = false;
                byHand |= n.path("outcome").asText().equals(Outcome.DONE_BY_HAND.code());
            } else if (phase.equals(Journal.Phase.AWAITING_CONFIRMATION.code())) {
                waiting = true;
            } else if (phase.equals(Journal.Phase.CONFIRMED.code())) {
                waiting = false;
            }
        }

        /** Ended, and nothing still needs it in the journal. */
        boolean movable() {
            return intent && ended && !waiting && !byHand;
        }
    }
}
