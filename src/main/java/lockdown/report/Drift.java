package lockdown.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import lockdown.base.Msg;

/**
 * What changed between two runs of one server: steps that got better or worse, values that
 * drifted, exceptions added or expired. For a monthly check; worse is what fails it.
 */
public record Drift(List<Msg> worse, List<Msg> better, List<Msg> drifted, List<Msg> exceptions, Msg note) {

    public static Drift between(ServerRun old, ServerRun now) {
        List<Msg> worse = new ArrayList<>();
        List<Msg> better = new ArrayList<>();
        List<Msg> drifted = new ArrayList<>();
        List<Msg> exceptions = new ArrayList<>();
        for (ServerRun.Step s : now.steps()) {
            ServerRun.Step before = old.step(s.id());
            if (before == null) {
                continue;
            }
            int was = Rank.of(before.status());
            int is = Rank.of(s.status());
            if (is < was) {
                worse.add(Msg.of("diff.worse", s.id(), Rank.label(before.status()), Rank.label(s.status()), s.reason()));
            } else if (is > was) {
                better.add(Msg.of("diff.better", s.id(), Rank.label(before.status()), Rank.label(s.status())));
            }
            values(s.id(), before.current(), s.current(), drifted);
        }
        for (ServerRun.Accepted e : now.exceptions()) {
            ServerRun.Accepted then = old.exceptions().stream().filter(x -> x.key().equals(e.key())).findFirst().orElse(null);
            if (then == null) {
                exceptions.add(Msg.of("diff.exception-added", e.key(), e.until(), e.reason()));
            } else if (e.expired() && !then.expired()) {
                exceptions.add(Msg.of("diff.exception-expired", e.key(), e.until()));
            }
        }
        Msg note = old.target().equals(now.target()) && old.url().equals(now.url()) ? null
                : Msg.of("diff.other-server", old.target(), old.url(), now.target(), now.url());
        return new Drift(worse, better, drifted, exceptions, note);
    }

    private static void values(String step, JsonNode before, JsonNode now, List<Msg> out) {
        if (before == null || now == null || before.equals(now) || !now.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = now.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode was = before.path(e.getKey());
            if (!was.equals(e.getValue())) {
                out.add(Msg.of("diff.value", step, e.getKey(), shortText(was), shortText(e.getValue())));
            }
        }
    }

    private static String shortText(JsonNode n) {
        String s = n.isMissingNode() ? "–" : n.isTextual() ? n.asText() : n.toString();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    public boolean gotWorse() {
        return !worse.isEmpty();
    }

    public boolean nothing() {
        return worse.isEmpty() && better.isEmpty() && drifted.isEmpty() && exceptions.isEmpty();
    }
}
