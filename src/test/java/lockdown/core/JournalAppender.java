package lockdown.core;

import java.nio.file.Path;
import java.util.List;
import lockdown.base.Msg;

/** Another process writing to a journal: {@code count} ended changes named {@code prefix-n}, on target {@code target}. */
public final class JournalAppender {

    private JournalAppender() {
    }

    public static void main(String[] args) {
        Journal journal = new Journal(Path.of(args[0]), g -> List.of());
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            String id = args[2] + "-" + i;
            journal.intent(id, Guide.SMTP_RELAY, args[3], "other process", Settings.EMPTY, Settings.EMPTY, Status.AT_RISK,
                    List.of(), null);
            journal.finished(id, Outcome.VERIFIED, Status.COMPLIANT, Msg.of("error.plain", "done"));
        }
    }
}
