package lockdown.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import lockdown.Wiring;
import lockdown.base.LockdownException;
import lockdown.base.Msg;

/**
 * The command line: {@code audit}, {@code apply}, {@code undo}, {@code recover}, {@code mark-done}, {@code export},
 * {@code simulate}. It drives the same {@link lockdown.core.Session} as the window. Exit codes: 0
 * all well, 1 something at risk or a change that did not take, 2 an error (bad input, unreachable
 * server, failed login), 3 something could not be assessed or needs doing by hand.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int AT_RISK = 1;
    public static final int ERROR = 2;
    public static final int NOT_ASSESSED = 3;

    private final PrintStream out;
    private final PrintStream err;
    private final TargetOptions targets;
    private final Wiring wiring;

    public Cli(PrintStream out, PrintStream err, Map<String, String> env, Wiring wiring) {
        this(out, err, Passwords.standard(env), wiring);
    }

    Cli(PrintStream out, PrintStream err, Passwords passwords, Wiring wiring) {
        this.out = out;
        this.err = err;
        this.targets = new TargetOptions(wiring, passwords);
        this.wiring = wiring;
    }

    static final List<String> COMMANDS = List.of("audit", "apply", "undo", "recover", "confirm", "mark-done", "export", "profile", "merge", "diff", "simulate",
            "help");

    public static boolean isCommand(String word) {
        return COMMANDS.contains(word) || List.of("--help", "-h").contains(word);
    }

    /**
     * Whether the command line is meant, not the window: a known command, or any first word that is
     * not an option (a mistyped command gets "did you mean", never the window).
     */
    public static boolean wanted(List<String> argv) {
        return !argv.isEmpty() && (isCommand(argv.getFirst()) || !argv.getFirst().startsWith("-"));
    }

    /** The command a mistyped word was most likely meant to be, if one is close. */
    static java.util.Optional<String> closest(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return COMMANDS.stream().filter(c -> distance(c, w) <= 2 || c.startsWith(w) && w.length() >= 3)
                .min(java.util.Comparator.comparingInt(c -> distance(c, w)));
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    public int run(List<String> args) {
        if (args.isEmpty()) {
            out.print(Msg.of("cli.usage").text());
            return ERROR;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.getFirst()) {
                case "audit" -> new AuditCommand(out, targets).run(rest);
                case "apply" -> new ApplyCommand(out, targets).run(rest);
                case "undo" -> new UndoCommand(out, targets).run(rest);
                case "recover" -> new RecoverCommand(out, targets).run(rest);
                case "confirm" -> new ConfirmCommand(out, wiring).run(rest);
                case "mark-done" -> new MarkDoneCommand(out, targets).run(rest);
                case "export" -> new ExportCommand(out, targets).run(rest);
                case "profile" -> new ProfileCommand(out, targets).run(rest);
                case "merge" -> new MergeCommand(out).merge(rest);
                case "diff" -> new MergeCommand(out).diff(rest);
                case "simulate" -> new SimulateCommand(out).run(rest);
                case "help", "--help", "-h" -> {
                    out.print(Msg.of("cli.usage").text());
                    yield OK;
                }
                default -> {
                    out.flush();
                    err.println(Msg.of("cli.unknown-command", args.getFirst()).text());
                    closest(args.getFirst()).ifPresent(c -> err.println(Msg.of("cli.did-you-mean", c).text()));
                    err.print(Msg.of("cli.usage").text());
                    yield ERROR;
                }
            };
        } catch (LockdownException e) {
            out.flush();
            err.println(Msg.of("cli.error", e.msg()).text());
            return ERROR;
        }
    }
}
