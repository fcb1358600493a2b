package lockdown.cli;

import java.io.PrintStream;
import lockdown.core.Action;
import lockdown.core.Change;
import lockdown.core.Finding;
import lockdown.base.Msg;
import lockdown.core.Plan;
import lockdown.core.Risk;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.Step;
import lockdown.core.Target;

/** How the CLI shows targets, values, plans and changes. */
final class Printing {

    private Printing() {
    }

    static void header(PrintStream out, Target t) {
        out.println(Msg.of(t.simulated() ? "cli.header-demo" : "cli.header", t.name(), t.url(), t.kind().label()).text());
    }

    /** Changes a crash left unfinished on this target, how far they got, and how to close them. */
    static void interrupted(PrintStream out, lockdown.core.Session session) {
        session.journalProblem().ifPresent(m -> out.println(m.text()));
        for (var c : session.interrupted()) {
            out.println(Msg.of("cli.interrupted", c.id(), c.step().id(), c.time(),
                    lockdown.core.Recovery.describe(session.progress(c.id()))).text());
        }
    }

    /** "Allow relay: Anyone; …" for the values a finding holds. */
    static String values(Step step, Settings values) {
        if (values.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        for (Setting<?> s : step.settings()) {
            if (values.has(s.key()) && !s.hidden()) {
                if (!sb.isEmpty()) {
                    sb.append("; ");
                }
                sb.append(s.label().text()).append(": ").append(lockdown.base.Texts.visible(s.format(values.get(s.key()))));
            }
        }
        return sb.toString();
    }

    static void finding(PrintStream out, Step step, Finding f) {
        out.println(Msg.of("cli.finding", step.id().title(), f.result().label()).text());
        if (f.reason() != null) {
            out.println("  " + f.reason().text());
        }
        out.println("  " + Msg.of("cli.current", values(step, f.current())).text());
        out.println("  " + Msg.of("cli.recommended", values(step, f.recommended())).text());
        for (lockdown.core.Detail d : f.details()) {
            out.println((d.flagged() ? "  ! " : "  - ") + d.text());
        }
    }

    static void plan(PrintStream out, Plan plan) {
        if (plan.isEmpty()) {
            out.println(Msg.of("cli.nothing-to-change").text());
            return;
        }
        out.println(Msg.of("cli.plan", plan.actions().size()).text());
        int i = 1;
        for (Action a : plan.actions()) {
            out.println("  " + i++ + ". " + a.description().text());
            out.println("     " + a.command());
            for (Risk r : a.risks()) {
                out.println("     ! " + r.label().text());
            }
        }
        for (Msg w : plan.warnings()) {
            out.println("  ! " + w.text());
        }
    }

    /** The guide's steps to do by hand, numbered. */
    static void manualSteps(PrintStream out, lockdown.core.Guide g, String indent) {
        out.println(indent + Msg.of("cli.by-hand").text());
        int i = 1;
        for (String line : g.manualLines()) {
            out.println(indent + "  " + i++ + ". " + line);
        }
    }

    static void change(PrintStream out, Change c) {
        if (c.isUndo()) {
            out.println(Msg.of("cli.undid", c.undoes(), c.step().title(), c.id(), c.outcome().label()).text());
        } else {
            out.println(Msg.of("cli.change", c.id(), c.outcome().label()).text());
        }
        out.println("  " + c.result().text());
    }


}
