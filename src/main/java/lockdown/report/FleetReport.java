package lockdown.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockdown.base.Msg;

/**
 * Many servers in one report: a matrix of servers × steps with the status of each, counts per
 * server and per step, the worst server first, and a section per server (linked from the matrix)
 * with the reasons of every step not compliant and its exceptions.
 */
public final class FleetReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FleetReport() {
    }

    /** The servers, worst first: most at risk, then most unknown, and so on down {@link Rank}. */
    static List<ServerRun> worstFirst(List<ServerRun> runs) {
        Comparator<ServerRun> c = Comparator.comparing(r -> 0);
        for (String status : Rank.ORDER) {
            c = c.thenComparing(r -> -r.counts().getOrDefault(status, 0));
        }
        List<ServerRun> sorted = new ArrayList<>(runs);
        sorted.sort(c.thenComparing(ServerRun::target));
        return sorted;
    }

    /** The step ids of all runs, in the order the first run lists them. */
    static List<String> stepIds(List<ServerRun> runs) {
        List<String> ids = new ArrayList<>();
        for (ServerRun r : runs) {
            for (ServerRun.Step s : r.steps()) {
                if (!ids.contains(s.id())) {
                    ids.add(s.id());
                }
            }
        }
        return ids;
    }

    /** Per step, how many servers are at risk there. */
    static Map<String, Integer> atRiskPerStep(List<ServerRun> runs) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String id : stepIds(runs)) {
            m.put(id, (int) runs.stream().filter(r -> r.step(id) != null && "at-risk".equals(r.step(id).status())).count());
        }
        return m;
    }

    public static String render(List<ServerRun> runs, Format f) {
        List<ServerRun> sorted = worstFirst(runs);
        return switch (f) {
            case HTML -> html(sorted);
            case MARKDOWN -> markdown(sorted);
            case JSON -> json(sorted);
        };
    }

    private static String counts(ServerRun r) {
        List<String> parts = new ArrayList<>();
        for (String s : Rank.ORDER) {
            int n = r.counts().getOrDefault(s, 0);
            if (n > 0) {
                parts.add(n + " " + Rank.label(s).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return String.join(", ", parts);
    }

    /** The server's name, or its address where two servers share a name. */
    private static String name(ServerRun r, List<ServerRun> all) {
        return all.stream().filter(o -> o.target().equals(r.target())).count() > 1 && !r.url().isEmpty() ? r.url() : r.target();
    }

    private static String anchor(ServerRun r, int i) {
        return "server-" + (i + 1);
    }

    private static String html(List<ServerRun> runs) {
        List<String> ids = stepIds(runs);
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(HtmlReport.esc(t("merge.title"))).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>").append(HtmlReport.esc(t("merge.title"))).append("</h1>\n<p>")
                .append(HtmlReport.esc(Msg.of("merge.lead", runs.size(), ids.size()).text())).append("</p>\n");
        h.append("<table><thead><tr><th>").append(HtmlReport.esc(t("merge.server"))).append("</th>");
        for (String id : ids) {
            h.append("<th class=\"v\"><span>").append(HtmlReport.esc(id)).append("</span></th>");
        }
        h.append("<th>").append(HtmlReport.esc(t("merge.counts"))).append("</th></tr></thead><tbody>\n");
        for (int i = 0; i < runs.size(); i++) {
            ServerRun r = runs.get(i);
            h.append("<tr><td><a href=\"#").append(anchor(r, i)).append("\">").append(HtmlReport.esc(name(r, runs))).append("</a></td>");
            for (String id : ids) {
                ServerRun.Step s = r.step(id);
                String status = s == null ? "unknown" : s.status();
                h.append("<td class=\"s-").append(HtmlReport.esc(status)).append("\" title=\"")
                        .append(HtmlReport.esc(id + ": " + Rank.label(status))).append("\">").append(HtmlReport.esc(mark(status))).append("</td>");
            }
            h.append("<td>").append(HtmlReport.esc(counts(r))).append("</td></tr>\n");
        }
        h.append("<tr><th>").append(HtmlReport.esc(t("merge.at-risk-per-step"))).append("</th>");
        atRiskPerStep(runs).values().forEach(n -> h.append("<th>").append(n).append("</th>"));
        h.append("<th></th></tr>\n</tbody></table>\n<p class=\"legend\">").append(HtmlReport.esc(t("merge.legend"))).append("</p>\n");
        for (int i = 0; i < runs.size(); i++) {
            ServerRun r = runs.get(i);
            h.append("<h2 id=\"").append(anchor(r, i)).append("\">").append(HtmlReport.esc(name(r, runs))).append("</h2>\n<p>")
                    .append(HtmlReport.esc(Msg.of("merge.server-line", r.url(), r.date(), r.tool(), r.file()).text())).append("</p>\n<ul>");
            for (ServerRun.Step s : r.steps()) {
                if (Rank.of(s.status()) < Rank.of("not-applicable")) {
                    h.append("<li><b class=\"s-").append(HtmlReport.esc(s.status())).append("\">").append(HtmlReport.esc(Rank.label(s.status())))
                            .append("</b> ").append(HtmlReport.esc(s.id())).append(": ").append(HtmlReport.esc(s.reason())).append("</li>");
                }
            }
            h.append("</ul>\n");
            if (!r.exceptions().isEmpty()) {
                h.append("<h3>").append(HtmlReport.esc(t("merge.exceptions"))).append("</h3><ul>");
                for (ServerRun.Accepted e : r.exceptions()) {
                    h.append("<li>").append(HtmlReport.esc(exception(e))).append("</li>");
                }
                h.append("</ul>\n");
            }
        }
        return h.append("</body></html>\n").toString();
    }

    /** A short mark for a matrix cell, so the table reads without colour too. */
    private static String mark(String status) {
        return switch (status) {
            case "compliant", "applied" -> "✓";
            case "at-risk" -> "✗";
            case "accepted-risk" -> "A";
            case "manual" -> "M";
            case "skipped" -> "S";
            case "not-applicable" -> "–";
            default -> "?";
        };
    }

    private static String exception(ServerRun.Accepted e) {
        return Msg.of(e.expired() ? "merge.exception-expired" : "merge.exception", e.step() + (e.setting() == null ? "" : "/" + e.setting()),
                e.until(), e.reason(), e.approvedBy()).text();
    }

    private static String markdown(List<ServerRun> runs) {
        List<String> ids = stepIds(runs);
        StringBuilder md = new StringBuilder("# ").append(MarkdownReport.esc(t("merge.title"))).append("\n\n")
                .append(MarkdownReport.esc(Msg.of("merge.lead", runs.size(), ids.size()).text())).append("\n\n| ")
                .append(t("merge.server")).append(" |");
        ids.forEach(id -> md.append(' ').append(MarkdownReport.esc(id)).append(" |"));
        md.append(' ').append(t("merge.counts")).append(" |\n|---|").append("---|".repeat(ids.size())).append("---|\n");
        for (int i = 0; i < runs.size(); i++) {
            ServerRun r = runs.get(i);
            md.append("| [").append(MarkdownReport.esc(name(r, runs))).append("](#").append(anchor(r, i)).append(") |");
            for (String id : ids) {
                ServerRun.Step s = r.step(id);
                md.append(' ').append(mark(s == null ? "unknown" : s.status())).append(" |");
            }
            md.append(' ').append(MarkdownReport.esc(counts(r))).append(" |\n");
        }
        md.append("| ").append(t("merge.at-risk-per-step")).append(" |");
        atRiskPerStep(runs).values().forEach(n -> md.append(' ').append(n).append(" |"));
        md.append(" |\n\n").append(MarkdownReport.esc(t("merge.legend"))).append("\n");
        for (int i = 0; i < runs.size(); i++) {
            ServerRun r = runs.get(i);
            md.append("\n<a id=\"").append(anchor(r, i)).append("\"></a>\n## ").append(MarkdownReport.esc(name(r, runs))).append("\n\n")
                    .append(MarkdownReport.esc(Msg.of("merge.server-line", r.url(), r.date(), r.tool(), r.file()).text())).append("\n\n");
            for (ServerRun.Step s : r.steps()) {
                if (Rank.of(s.status()) < Rank.of("not-applicable")) {
                    md.append("- **").append(Rank.label(s.status())).append("** ").append(MarkdownReport.esc(s.id())).append(": ")
                            .append(MarkdownReport.esc(s.reason())).append('\n');
                }
            }
            for (ServerRun.Accepted e : r.exceptions()) {
                md.append("- ").append(MarkdownReport.esc(exception(e))).append('\n');
            }
        }
        return md.toString();
    }

    private static String json(List<ServerRun> runs) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", "smartermail-lockdown-fleet");
        root.put("version", 1);
        root.set("atRiskPerStep", JSON.valueToTree(atRiskPerStep(runs)));
        ArrayNode servers = root.putArray("servers");
        for (ServerRun r : runs) {
            ObjectNode s = servers.addObject();
            s.put("target", r.target());
            s.put("url", r.url());
            s.put("date", r.date());
            s.put("file", r.file());
            s.set("counts", JSON.valueToTree(r.counts()));
            ObjectNode steps = s.putObject("steps");
            r.steps().forEach(st -> steps.put(st.id(), st.status()));
            s.set("exceptions", JSON.valueToTree(r.exceptions()));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String t(String key) {
        return Msg.of(key).text();
    }

    private static final String STYLE = """
            body{font-family:"Segoe UI",Arial,sans-serif;color:#1f2328;margin:2rem}
            table{border-collapse:collapse;font-size:.9rem} th,td{border:1px solid #d0d7de;padding:.3rem .45rem;text-align:center}
            td:first-child,th:first-child,td:last-child{text-align:left} th{background:#f6f8fa}
            th.v{height:9rem;vertical-align:bottom} th.v span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
            .s-compliant,.s-applied{background:#dafbe1;color:#1a7f37} .s-at-risk{background:#ffebe9;color:#cf222e;font-weight:600}
            .s-manual,.s-accepted-risk,.s-skipped{background:#fff8c5;color:#9a6700} .s-unknown,.s-not-applicable{color:#57606a}
            .legend{color:#57606a;font-size:.85rem} li{margin:.2rem 0}
            """;
}
