package lockdown.report;

import lockdown.base.Msg;

/** The summary as one self-contained, printable HTML page (inline styles, no scripts, no links out). */
final class HtmlReport {

    private static final String STYLE = """
            body{font-family:"Segoe UI",Arial,sans-serif;color:#1f2328;margin:2rem;max-width:70rem}
            h1{font-size:1.6rem;margin-bottom:.2rem} h2{font-size:1.2rem;margin-top:2rem}
            .demo{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem 1rem;border-radius:6px}
            dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem} dt{font-weight:600}
            table{border-collapse:collapse;width:100%;font-size:.9rem} th,td{border:1px solid #d0d7de;padding:.35rem .5rem;vertical-align:top;text-align:left}
            th{background:#f6f8fa} .s-compliant,.s-applied{color:#1a7f37;font-weight:600} .s-at-risk{color:#cf222e;font-weight:600}
            .s-manual,.s-skipped{color:#9a6700;font-weight:600} .s-unknown,.s-not-applicable{color:#57606a}
            .bar{display:flex;height:1.2rem;border-radius:4px;overflow:hidden;margin:.2rem 0 .8rem;max-width:40rem}
            .bar span{display:block} .b-ok{background:#2da44e} .b-risk{background:#cf222e} .b-manual{background:#d4a72c}
            .b-skip{background:#8c959f} .b-other{background:#d0d7de} code{font-size:.85em}
            .unverified{color:#9a6700;font-weight:600} .legend{color:#57606a;font-size:.85rem}
            @media print{body{margin:0} .bar{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
            """;

    private HtmlReport() {
    }

    static String render(Report r) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.append("<title>").append(esc(r.title())).append(" — ").append(esc(r.target())).append("</title>");
        h.append("<style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>").append(esc(r.title())).append("</h1>\n");
        if (!r.note().isEmpty()) {
            h.append("<p class=\"demo\">").append(esc(r.note())).append("</p>\n");
        }
        h.append("<dl>");
        item(h, "report.target", r.target() + " (" + r.targetKind() + ")");
        item(h, "report.url", r.url());
        item(h, "report.created", r.created());
        item(h, "report.operator", r.operator());
        item(h, "report.tool", r.tool());
        h.append("</dl>\n");
        for (String n : r.connectionNotes()) {
            h.append("<p class=\"demo\">").append(esc(n)).append("</p>\n");
        }
        h.append("<h2>").append(t("report.posture")).append("</h2>\n");
        bar(h, t("report.before"), r.before());
        bar(h, t("report.after"), r.after());
        h.append("<h2>").append(t("report.steps")).append("</h2>\n<table><thead><tr>");
        for (String col : new String[] {"report.col.step", "report.col.before", "report.col.after", "report.col.automation",
                "report.col.changes", "report.col.notes"}) {
            h.append("<th>").append(t(col)).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (Report.Row row : r.rows()) {
            h.append("<tr><td>").append(row.section()).append(" · ").append(esc(row.title())).append("<br><code>")
                    .append(esc(row.id())).append("</code></td>");
            h.append("<td>").append(esc(row.statusBefore())).append("</td>");
            h.append("<td class=\"s-").append(esc(row.statusAfterCode())).append("\">").append(esc(row.statusAfter())).append("</td>");
            h.append("<td>").append(esc(row.automation())).append("</td><td>");
            for (Report.ChangeLine c : row.changes()) {
                h.append("<div>").append(c.undo() ? "<em>" + t("report.undo") + ":</em> " : "")
                        .append(esc(String.join("; ", c.values()))).append(" — ").append(esc(c.outcome()))
                        .append(" <small>(").append(esc(c.time())).append(", ").append(esc(c.id())).append(")</small></div>");
            }
            h.append("</td><td>").append(esc(row.notes())).append(row.unverified() ? " <span class=\"unverified\">†</span>" : "")
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        if (r.rows().stream().anyMatch(Report.Row::unverified)) {
            h.append("<p class=\"legend\">† ").append(esc(t("report.unverified-legend"))).append("</p>\n");
        }
        if (!r.exceptions().isEmpty()) {
            h.append("<h2>").append(t("report.exceptions")).append("</h2>\n<ul>");
            r.exceptions().forEach(e -> h.append("<li>").append(esc(e)).append("</li>"));
            h.append("</ul>\n");
        }
        if (r.rows().stream().anyMatch(row -> !row.manualSteps().isEmpty())) {
            h.append("<h2>").append(t("report.by-hand")).append("</h2>\n");
            for (Report.Row row : r.rows()) {
                if (!row.manualSteps().isEmpty()) {
                    h.append("<h3>").append(esc(row.title())).append(" <code>").append(esc(row.id())).append("</code></h3>\n<ol>");
                    row.manualSteps().forEach(l -> h.append("<li>").append(esc(l)).append("</li>"));
                    h.append("</ol>\n");
                }
            }
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void item(StringBuilder h, String key, String value) {
        h.append("<dt>").append(t(key)).append("</dt><dd>").append(esc(value)).append("</dd>");
    }

    private static void bar(StringBuilder h, String label, Report.Counts c) {
        h.append("<div>").append(esc(label)).append(": ").append(esc(Msg.of("report.counts", c.compliant(), c.atRisk(),
                c.manual(), c.skipped(), c.other()).text())).append("</div><div class=\"bar\">");
        part(h, "b-ok", c.compliant(), c.total());
        part(h, "b-risk", c.atRisk(), c.total());
        part(h, "b-manual", c.manual(), c.total());
        part(h, "b-skip", c.skipped(), c.total());
        part(h, "b-other", c.other(), c.total());
        h.append("</div>\n");
    }

    private static void part(StringBuilder h, String cls, int n, int total) {
        if (n > 0 && total > 0) {
            h.append("<span class=\"").append(cls).append("\" style=\"width:").append(100.0 * n / total).append("%\"></span>");
        }
    }

    private static String t(String key) {
        return esc(Msg.of(key).text());
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
