package lockdown.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lockdown.Connection;
import lockdown.core.Change;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.HostContext;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import lockdown.core.Outcome;
import lockdown.core.Plan;
import lockdown.core.Session;
import lockdown.core.PasswordType;
import lockdown.core.Setting;
import lockdown.core.TextType;
import lockdown.core.Settings;
import lockdown.core.Step;

/**
 * {@code apply --step ID [--set key=value ...] [--profile FILE] [--dry-run]}: shows the plan, runs
 * it, reads back. Without {@code --set} it applies the recommended values (the profile's, with
 * {@code --profile}). {@code apply --profile FILE --all} runs every step ({@link ApplyAll}).
 */
final class ApplyCommand {

    private final PrintStream out;
    private final TargetOptions targets;

    ApplyCommand(PrintStream out, TargetOptions targets) {
        this.out = out;
        this.targets = targets;
    }

    int run(List<String> argv) {
        Args args = TargetOptions.parse(argv, List.of("--step", "--set", "--confirm-within", "--profile"), List.of("--dry-run", "--all", "--json"));
        lockdown.core.Profile profile = ProfileRun.load(args);
        if (args.has("--all")) {
            return all(args, profile);
        }
        Guide g = step(args.get("--step"));
        Step step = lockdown.steps.Steps.all().get(g);
        Settings wanted = parseSets(step, args.sets());
        java.time.Duration window = args.get("--confirm-within") == null ? null : ConfirmWait.parse(args.get("--confirm-within"));
        try (Connection c = targets.open(args);
             ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            Session session = c.session(ex);
            if (window != null) {
                session.confirmWithin(window);
            }
            session.use(profile);
            Printing.header(out, c.target());
            Printing.interrupted(out, session);
            Finding f = session.probeNow(g);
            Printing.finding(out, step, f);
            if (!step.automated(f)) {
                return notAutomated(step, f);
            }
            Settings desired = wanted.isEmpty() ? writable(step, f.recommended()) : wanted;
            Plan plan = planWithAccountPassword(session, step, desired);
            Printing.plan(out, plan);
            if (args.has("--dry-run") || plan.isEmpty()) {
                out.println(Msg.of(plan.isEmpty() ? "cli.nothing-to-change" : "cli.dry-run").text());
                return Cli.OK;
            }
            Optional<Change> change = session.apply(plan);
            change.ifPresent(ch -> Printing.change(out, ch));
            revealGeneratedPassword(c);
            Optional<lockdown.core.Journal.Awaiting> waiting = change.flatMap(ch -> session.awaitingConfirmation(ch.id()));
            if (waiting.isPresent()) {
                return ConfirmWait.await(out, session, change.get(), waiting.get(), targets.passwords().askToKeep(change.get().id()));
            }
            return change.map(ch -> ch.outcome() == Outcome.VERIFIED ? Cli.OK : Cli.AT_RISK).orElse(Cli.OK);
        }
    }

    /**
     * {@code --all}: every step in the guide's order ({@link ApplyAll}); exits 2 when a change
     * failed, else as {@code audit} would after it. With {@code --json} prints the audit JSON with
     * {@code changed} and what ran.
     */
    private int all(Args args, lockdown.core.Profile profile) {
        if (args.get("--step") != null || !args.sets().isEmpty() || args.get("--confirm-within") != null) {
            throw new InvalidSettingsException("all", Msg.of("apply-all.alone"));
        }
        boolean json = args.has("--json");
        try (Connection c = targets.open(args);
             ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            Session session = c.session(ex);
            session.use(profile);
            if (!json) {
                Printing.header(out, c.target());
                Printing.interrupted(out, session);
            }
            session.probeAll((g, f) -> { }).join();
            ApplyAll run = new ApplyAll(out, json);
            run.run(session, args.has("--dry-run"), (step, desired) -> planWithAccountPassword(session, step, desired));
            revealGeneratedPassword(c);
            int exit = run.failed() ? Cli.ERROR : AuditCommand.exitCode(session);
            if (json) {
                out.println(AuditCommand.json(session, root -> {
                    root.put("changed", run.changed());
                    root.put("dryRun", args.has("--dry-run"));
                    root.put("exitCode", exit);
                    var list = root.putArray("ran");
                    for (ApplyAll.Ran r : run.ran()) {
                        var n = list.addObject();
                        n.put("step", r.step().id());
                        n.put("result", r.what());
                        n.put("change", r.change());
                        n.put("reason", r.reason());
                    }
                }));
            } else {
                out.println(Msg.of(args.has("--dry-run") ? "apply-all.would" : "apply-all.done", run.changed()).text());
            }
            return exit;
        }
    }

    /** A step the wizard cannot change here: says why, prints the steps to do by hand, and changes nothing. */
    private int notAutomated(Step step, Finding f) {
        if (step.byHand(f)) {
            Printing.manualSteps(out, step.id(), "  ");
            out.println(Msg.of("cli.mark-done-hint", step.id().id()).text());
        }
        out.println(Msg.of("apply.nothing-changed").text());
        return switch (f.result()) {
            case AT_RISK -> Cli.AT_RISK;
            case MANUAL, UNKNOWN -> Cli.NOT_ASSESSED;
            default -> Cli.OK;
        };
    }

    /**
     * Plans; when the step needs the password of a Windows account that this run did not create,
     * asks for it ({@link Passwords#account}) and plans again. Never from an argument.
     */
    private Plan planWithAccountPassword(Session session, Step step, Settings desired) {
        Optional<Setting<String>> field = step.settings().stream().flatMap(s -> s.as(PasswordType.class).stream()).findFirst();
        try {
            return session.plan(step.id(), desired);
        } catch (InvalidSettingsException e) {
            if (field.isEmpty() || e.errors().stream().noneMatch(err -> err.setting().equals(field.get().key()))) {
                throw e;
            }
            String account = step.settings().stream().flatMap(s -> s.as(TextType.class).stream()).filter(desired::has)
                    .map(desired::get).findFirst().orElse("?");
            char[] typed = targets.passwords().account(account);
            if (typed == null) {
                throw new InvalidSettingsException(field.get().key(), Msg.of("cli.no-account-password", account, Passwords.ACCOUNT_VARIABLE));
            }
            try {
                return session.plan(step.id(), desired.with(field.get(), new String(typed)));
            } finally {
                Arrays.fill(typed, '\0');
            }
        }
    }

    /** A password the wizard generated for a new account is shown once, on the console only. */
    private void revealGeneratedPassword(Connection c) {
        HostContext ctx = c.target().context();
        ctx.passwordToShowOnce().ifPresent(p -> {
            try {
                if (!targets.passwords().reveal(ctx.account(), p)) {
                    out.println(Msg.of("cli.account-password-not-shown", ctx.account()).text());
                }
            } finally {
                Arrays.fill(p, '\0');
            }
        });
    }

    static Guide step(String id) {
        if (id == null) {
            throw new InvalidSettingsException("step", Msg.of("cli.step-needed", Guide.ids()));
        }
        return Guide.byId(id).orElseThrow(() -> new InvalidSettingsException("step", Msg.of("cli.unknown-step", id, Guide.ids())));
    }

    /** Parses every {@code key=value} before connecting, so bad input changes nothing and costs no login. */
    static Settings parseSets(Step step, List<String> sets) {
        Settings out = Settings.EMPTY;
        for (String kv : sets) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new InvalidSettingsException("set", Msg.of("cli.set-format", kv));
            }
            String key = kv.substring(0, eq).strip();
            Setting<?> s = step.settings().stream().filter(x -> x.key().equals(key) && !x.readOnly()).findFirst()
                    .orElseThrow(() -> new InvalidSettingsException(key, Msg.of("setting.unknown", key,
                            String.join(", ", step.settings().stream().filter(x -> !x.readOnly()).map(Setting::key).toList()))));
            out = out.withText(s, kv.substring(eq + 1));
        }
        return out;
    }

    private static Settings writable(Step step, Settings recommended) {
        Settings out = Settings.EMPTY;
        for (Setting<?> s : step.settings()) {
            if (!s.readOnly() && recommended.has(s.key())) {
                out = out.withValue(s, recommended.get(s.key()));
            }
        }
        return out;
    }
}
