package lockdown.report;

import lockdown.base.Msg;

/** The summary as Markdown: a header, the posture before and after, and a table of steps. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(Report r) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(esc(r.title())).append("\n\n");
        if (!r.note().isEmpty()) {
            md.append("> ").append(esc(r.note())).append("\n\n");
        }
        md.append("- ").append(t("report.target")).append(": ").append(esc(r.target())).append(" (").append(esc(r.targetKind()))
                .append(")\n");
        md.append("- ").append(t("report.url")).append(": ").append(esc(r.url())).append("\n");
        md.append("- ").append(t("report.created")).append(": ").append(esc(r.created())).append("\n");
        md.append("- ").append(t("report.operator")).append(": ").append(esc(r.operator())).append("\n");
        md.append("- ").append(t("report.tool")).append(": ").append(esc(r.tool())).append("\n\n");
        for (String n : r.connectionNotes()) {
            md.append("> ").append(esc(n)).append("\n\n");
        }

        md.append("## ").append(t("report.posture")).append("\n\n");
        md.append("| | ").append(t("report.count.compliant")).append(" | ").append(t("report.count.at-risk")).append(" | ")
                .append(t("report.count.manual")).append(" | ").append(t("report.count.skipped")).append(" | ")
                .append(t("report.count.other")).append(" |\n|---|---|---|---|---|---|\n");
        counts(md, t("report.before"), r.before());
        counts(md, t("report.after"), r.after());

        md.append("\n## ").append(t("report.steps")).append("\n\n");
        md.append("| ").append(t("report.col.step")).append(" | ").append(t("report.col.before")).append(" | ")
                .append(t("report.col.after")).append(" | ").append(t("report.col.automation")).append(" | ")
                .append(t("report.col.changes")).append(" | ").append(t("report.col.notes")).append(" |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Report.Row row : r.rows()) {
            md.append("| ").append(row.section()).append(" · ").append(esc(row.title())).append(" (`").append(row.id())
                    .append("`) | ").append(esc(row.statusBefore())).append(" | ").append(esc(row.statusAfter())).append(" | ")
                    .append(esc(row.automation())).append(" | ");
            md.append(String.join("<br>", row.changes().stream().map(MarkdownReport::change).toList()));
            md.append(" | ").append(esc(row.notes())).append(row.unverified() ? " †" : "").append(" |\n");
        }
        if (r.rows().stream().anyMatch(Report.Row::unverified)) {
            md.append("\n† ").append(esc(t("report.unverified-legend"))).append("\n");
        }
        if (!r.exceptions().isEmpty()) {
            md.append("\n## ").append(t("report.exceptions")).append("\n\n");
            r.exceptions().forEach(e -> md.append("- ").append(esc(e)).append('\n'));
        }
        if (r.rows().stream().anyMatch(row -> !row.manualSteps().isEmpty())) {
            md.append("\n## ").append(t("report.by-hand")).append("\n");
            for (Report.Row row : r.rows()) {
                if (!row.manualSteps().isEmpty()) {
                    md.append("\n### ").append(esc(row.title())).append(" (`").append(row.id()).append("`)\n\n");
                    int i = 1;
                    for (String l : row.manualSteps()) {
                        md.append(i++).append(". ").append(esc(l)).append("\n");
                    }
                }
            }
        }
        return md.toString();
    }

    private static void counts(StringBuilder md, String label, Report.Counts c) {
        md.append("| ").append(label).append(" | ").append(c.compliant()).append(" | ").append(c.atRisk()).append(" | ")
                .append(c.manual()).append(" | ").append(c.skipped()).append(" | ").append(c.other()).append(" |\n");
    }

    private static String change(Report.ChangeLine c) {
        String prefix = c.undo() ? t("report.undo") + ": " : "";
        return esc(prefix + String.join("; ", c.values()) + " — " + c.outcome() + " (" + c.time() + ", " + c.id() + ")");
    }

    private static String t(String key) {
        return Msg.of(key).text();
    }

    /** Escapes what Markdown tables and inline text would otherwise interpret. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("\r", " ").replace("\n", " ");
    }
}
