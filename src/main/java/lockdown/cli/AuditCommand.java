package lockdown.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lockdown.Connection;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.Session;
import lockdown.core.Status;
import lockdown.core.Step;
import lockdown.core.StepView;

/**
 * {@code audit [--profile FILE] [--json]}: reads every step at once and prints where the server
 * stands, by the guide or by a profile. Changes nothing.
 */
final class AuditCommand {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The schema name of the audit JSON, which merge and diff read. */
    static final String SCHEMA = "smartermail-lockdown-audit";
    static final int VERSION = 1;

    private final PrintStream out;
    private final TargetOptions targets;

    AuditCommand(PrintStream out, TargetOptions targets) {
        this.out = out;
        this.targets = targets;
    }

    int run(List<String> argv) {
        Args args = TargetOptions.parse(argv, List.of("--profile"), List.of("--json"));
        lockdown.core.Profile profile = ProfileRun.load(args);
        try (Connection c = targets.open(args);
             ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            Session session = c.session(ex);
            session.use(profile);
            session.probeAll((g, f) -> { }).join();
            if (args.has("--json")) {
                out.println(json(session));
            } else {
                table(session);
            }
            return exitCode(session);
        }
    }

    /**
     * 1 when a step is at risk; else 3 when a step could not be assessed (unknown) or is manual and
     * not yet done by hand; else 0 (compliant, applied, not applicable, skipped, or done by hand).
     */
    static int exitCode(Session session) {
        List<StepView> all = session.views();
        if (all.stream().anyMatch(v -> v.status() == Status.AT_RISK)) {
            return Cli.AT_RISK;
        }
        return all.stream().allMatch(StepView::settled) ? Cli.OK : Cli.NOT_ASSESSED;
    }

    private void table(Session session) {
        Printing.header(out, session.target());
        Table t = new Table(48, msg("cli.col.step"), msg("cli.col.status"), msg("cli.col.current"), msg("cli.col.recommended"));
        int[] counts = new int[Status.values().length];
        for (StepView v : session.views()) {
            Step step = session.step(v.step());
            Finding f = v.latest();
            counts[v.status().ordinal()]++;
            t.add(v.step().id(), v.status().label().text(), Printing.values(step, f.current()),
                    Printing.values(step, f.recommended()));
        }
        out.print(t.render());
        out.println();
        for (StepView v : session.views()) {
            if (v.status() == Status.AT_RISK || v.status() == Status.UNKNOWN || v.status() == Status.MANUAL
                    || v.status() == Status.ACCEPTED_RISK) {
                out.println("- " + v.step().id() + ": " + v.latest().reason().text());
                if (v.doneNote() != null && v.status() == Status.MANUAL) {
                    out.println("  " + lockdown.base.Msg.of("cli.done-by-hand", v.doneNote().isEmpty() ? "-" : v.doneNote()).text());
                } else if (session.step(v.step()).byHand(v.latest())) {
                    Printing.manualSteps(out, v.step(), "  ");
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (Status s : Status.values()) {
            if (counts[s.ordinal()] > 0) {
                parts.add(counts[s.ordinal()] + " " + s.label().text());
            }
        }
        out.println(lockdown.base.Msg.of("cli.summary", Guide.steps().size(), String.join(", ", parts)).text());
        lockdown.steps.Reach.api(session.target()).ifPresent(api -> {
            var rows = lockdown.steps.Steps.apiReport(api).stream().filter(r -> r.found().isPresent()).toList();
            var missing = rows.stream().filter(r -> !r.found().get()).map(r -> r.endpoint().action().text()).toList();
            out.println(lockdown.base.Msg.of(missing.isEmpty() ? "cli.api-all" : "cli.api-missing", rows.size() - missing.size(),
                    rows.size(), String.join("; ", missing)).text());
        });
        Printing.interrupted(out, session);
    }

    static String json(Session session) {
        return json(session, null);
    }

    /**
     * The audit as JSON (schema {@value #SCHEMA}, version {@value #VERSION}): what {@code merge}
     * and {@code diff} read. {@code extra} adds fields (apply --all adds what ran).
     */
    static String json(Session session, java.util.function.Consumer<ObjectNode> extra) {
        ArrayNode arr = JSON.createArrayNode();
        for (StepView v : session.views()) {
            Step step = session.step(v.step());
            Finding f = v.latest();
            ObjectNode n = arr.addObject();
            n.put("step", v.step().id());
            n.put("section", v.step().section().number());
            n.put("title", v.step().title().text());
            n.put("severity", v.step().severity().name().toLowerCase(java.util.Locale.ROOT));
            n.put("status", v.status().code());
            n.put("found", f.result().code());
            n.set("current", JSON.valueToTree(f.current().toPlain(step.settings())));
            n.set("recommended", JSON.valueToTree(f.recommended().toPlain(step.settings())));
            n.put("reason", f.reason() == null ? null : f.reason().text());
            n.put("evidence", f.evidence() == null ? null : f.evidence().text());
            n.set("details", JSON.valueToTree(f.details().stream().map(lockdown.core.Detail::text).toList()));
            n.put("automated", step.automated(f));
            if (step.byHand(f)) {
                n.set("manualSteps", JSON.valueToTree(v.step().manualLines()));
            }
            if (v.doneNote() != null && v.status() == Status.MANUAL) {
                n.put("doneByHand", v.doneNote());
            }
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("version", VERSION);
        root.put("tool", lockdown.base.Msg.of("report.tool-version", lockdown.core.Version.current()).text());
        root.put("date", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0).toString());
        root.put("target", session.target().name());
        root.put("url", session.target().url());
        root.put("kind", session.target().kind().name().toLowerCase(java.util.Locale.ROOT));
        root.put("exitCode", exitCode(session));
        root.set("notes", JSON.valueToTree(session.target().notes().stream().map(lockdown.base.Msg::text).toList()));
        root.set("steps", arr);
        ArrayNode exceptions = root.putArray("exceptions");
        for (lockdown.core.AcceptedRisk e : session.profile().exceptions()) {
            lockdown.core.ProfileFile.exception(exceptions.addObject(), e).put("expired", !e.activeOn(java.time.LocalDate.now()));
        }
        if (extra != null) {
            extra.accept(root);
        }
        ArrayNode interrupted = root.putArray("interrupted");
        for (var c : session.interrupted()) {
            var p = session.progress(c.id());
            ObjectNode n = interrupted.addObject();
            n.put("change", c.id());
            n.put("step", c.step().id());
            n.put("started", c.time().toString());
            n.set("actionsFinished", JSON.valueToTree(p.finished().stream().map(i -> i + 1).toList()));
            n.set("actionsUncertain", JSON.valueToTree(p.uncertain().stream().map(i -> i + 1).toList()));
        }
        lockdown.steps.Reach.api(session.target()).ifPresent(api -> {
            ArrayNode eps = root.putArray("endpoints");
            for (var r : lockdown.steps.Steps.apiReport(api)) {
                ObjectNode e = eps.addObject();
                e.put("call", r.endpoint().name());
                e.put("evidence", r.evidence().name().toLowerCase(java.util.Locale.ROOT));
                if (r.found().isPresent()) {
                    e.put("found", r.found().get());
                }
                e.set("usedBy", JSON.valueToTree(r.usedBy().stream().map(Guide::id).toList()));
            }
        });
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String msg(String key) {
        return lockdown.base.Msg.of(key).text();
    }
}
