package lockdown.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import lockdown.core.Change;
import lockdown.core.Guide;
import lockdown.base.Msg;
import lockdown.core.Session;
import lockdown.core.Setting;
import lockdown.core.Status;
import lockdown.core.Step;
import lockdown.core.StepView;

/** Builds the {@link Report} of a session. Secret settings come out as a placeholder. */
public final class ReportBuilder {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(ZoneId.systemDefault());

    private ReportBuilder() {
    }

    /** The report of everything this session did. */
    public static Report of(Session session) {
        return of(session, session.changes());
    }

    /**
     * The report of a session, with the changes to show given explicitly (the CLI passes the
     * journal's changes for this target, made in earlier runs).
     */
    public static Report of(Session session, List<Change> changes) {
        List<Report.Row> rows = new ArrayList<>();
        int[] before = new int[5];
        int[] after = new int[5];
        for (Guide g : Guide.steps()) {
            StepView v = session.view(g);
            List<Change> mine = changes.stream().filter(c -> c.step() == g).toList();
            Status statusBefore = mine.isEmpty() ? v.statusBefore() : mine.getFirst().statusBefore();
            Status statusAfter = v.status();
            count(before, statusBefore);
            count(after, statusAfter);
            Step step = session.step(g);
            rows.add(new Report.Row(g.id(), g.section().number(), g.section().title().text(), g.title().text(),
                    g.severity().label().text(), statusBefore.label().text(), label(v, statusAfter),
                    statusAfter.code(), automation(step, v), v.latest() == null || v.latest().reason() == null ? ""
                    : v.latest().reason().text(), mine.stream().map(c -> line(session, step, c)).toList(), v.skipReason(),
                    v.status() == Status.MANUAL ? v.doneNote() : null, step.byHand(v.latest()) ? g.manualLines() : List.of(),
                    v.latest() != null && v.latest().unverified()));
        }
        var t = session.target();
        return new Report(Msg.of("report.title").text(), t.name(), t.kind().label().text(), t.simulated(), t.url(),
                TIME.format(Instant.now()), t.operator(), Msg.of("report.tool-version", lockdown.core.Version.current()).text(), rows, counts(before), counts(after),
                t.isDemo() ? Msg.of("report.demo-note").text() : "", t.notes().stream().map(Msg::text).toList(),
                session.profile().exceptions().stream().map(e -> Msg.of(e.activeOn(java.time.LocalDate.now()) ? "report.exception"
                        : "report.exception-expired", e.step().title(), e.setting() == null ? "" : " (" + e.setting() + ")", e.said()).text())
                        .toList());
    }

    private static String label(StepView v, Status s) {
        if (s == Status.MANUAL && v.doneNote() != null) {
            return Msg.of("report.manual-done").text();
        }
        return s.label().text();
    }

    private static String automation(Step step, StepView v) {
        if (v.latest() == null) {
            return Msg.of("report.automation.unknown").text();
        }
        return switch (v.latest().result()) {
            case NOT_APPLICABLE -> Msg.of("report.automation.not-applicable").text();
            case MANUAL -> Msg.of("report.automation.manual").text();
            default -> step.automated(v.latest()) ? Msg.of("report.automation.automated").text()
                    : Msg.of("report.automation.read-only").text();
        };
    }

    private static Report.ChangeLine line(Session session, Step step, Change c) {
        List<String> values = new ArrayList<>();
        for (String key : c.after().keys()) {
            Setting<?> s = step.settings().stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
            // A value the change left as it was ("smartermail_svc → smartermail_svc") says nothing.
            if (s == null || s.holds(c.before().get(key), c.after().get(key))) {
                continue;
            }
            values.add(Msg.of("report.value-change", s.label(), s.format(c.before().get(key)), s.format(c.after().get(key))).text());
        }
        return new Report.ChangeLine(c.id(), TIME.format(c.time()), c.isUndo(), values, outcome(session, c), c.result().text());
    }

    /** How it ended; for a change that could cut someone off, also whether it was confirmed or still waits. */
    private static String outcome(Session session, Change c) {
        String label = c.outcome().label().text();
        if (c.outcome() != lockdown.core.Outcome.VERIFIED) {
            return label;
        }
        if (session.confirmed(c.id())) {
            return Msg.of("report.confirmed", label).text();
        }
        return session.awaitingConfirmation(c.id()).map(a -> Msg.of("report.awaiting", label, TIME.format(a.deadline())).text())
                .orElse(label);
    }

    private static void count(int[] counts, Status s) {
        switch (s) {
            case COMPLIANT, APPLIED -> counts[0]++;
            case AT_RISK -> counts[1]++;
            case MANUAL -> counts[2]++;
            case SKIPPED -> counts[3]++;
            default -> counts[4]++;
        }
    }

    private static Report.Counts counts(int[] c) {
        return new Report.Counts(c[0], c[1], c[2], c[3], c[4]);
    }

    /** The file name a summary is offered under: server name and date. */
    public static String fileName(Session session, Format format) {
        String server = session.target().name().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        String date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.systemDefault()).format(Instant.now());
        return "lockdown-" + (server.isEmpty() ? "server" : server) + "-" + date + "." + format.extension();
    }
}
