package lockdown.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import lockdown.core.Change;
import lockdown.core.Journal;
import lockdown.core.Outcome;
import lockdown.core.Session;

/**
 * The command line's side of a commit-confirmed change: after {@code apply}, the change waits; the
 * administrator keeps it by answering on the console or with {@code confirm --change ID} from
 * another shell; at the deadline it is undone, by this process (and on a Windows server also by the
 * scheduled task, should this process be gone).
 */
final class ConfirmWait {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private ConfirmWait() {
    }

    /** {@code 5m}, {@code 90s}, {@code 1h}, or {@code 0} (keep once the fresh check passes). */
    static Duration parse(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.matches("\\d{1,5}[smh]?")) {
            long n = Long.parseLong(t.replaceAll("[smh]", ""));
            Duration d = t.endsWith("h") ? Duration.ofHours(n) : t.endsWith("m") ? Duration.ofMinutes(n) : Duration.ofSeconds(n);
            if (d.compareTo(Duration.ofHours(24)) <= 0) {
                return d;
            }
        }
        throw new InvalidSettingsException("confirm-within", Msg.of("cli.confirm-within", text));
    }

    /** Waits for the decision about a change that waits for confirmation; the exit code of {@code apply}. */
    static int await(PrintStream out, Session session, Change c, Journal.Awaiting waiting, CompletableFuture<Boolean> answer) {
        out.println(Msg.of("cli.confirm-waiting", c.id(), TIME.format(waiting.deadline()), waiting.revert()).text());
        out.flush();
        Instant nextRead = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(waiting.deadline())) {
            if (Instant.now().isAfter(nextRead)) {
                // a read now and then keeps the login alive, so the revert at the deadline can still be sent
                session.probeNow(c.step());
                nextRead = Instant.now().plusSeconds(60);
            }
            if (answer.isDone()) {
                return answer.getNow(false) ? kept(out, session.confirm(c.id())) : undone(out, session.revertUnconfirmed(c.id(),
                        Msg.of("confirm.undo-chosen")));
            }
            if (session.awaitingConfirmation(c.id()).isEmpty()) {
                // decided elsewhere: confirm --change ID in another shell, or the scheduled task
                out.println(Msg.of(session.confirmed(c.id()) ? "ui.confirm.kept" : "cli.confirm-decided-elsewhere", c.id()).text());
                return session.confirmed(c.id()) ? Cli.OK : Cli.AT_RISK;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return undone(out, session.revertUnconfirmed(c.id(), Msg.of("confirm.not-in-time")));
    }

    private static int kept(PrintStream out, Change c) {
        out.println(Msg.of("ui.confirm.kept", c.id()).text());
        return Cli.OK;
    }

    private static int undone(PrintStream out, Change c) {
        out.println(c.result().text());
        return c.outcome() == Outcome.REVERTED ? Cli.AT_RISK : Cli.ERROR;
    }
}
