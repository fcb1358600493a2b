package lockdown.core;

import lockdown.base.Msg;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What applying a step would do: the values before and after, the ordered actions, and warnings the
 * administrator should read first (for example a range wider than /24).
 */
public record Plan(Guide step, Settings before, Settings after, List<Action> actions, List<Msg> warnings) {

    public Plan {
        actions = List.copyOf(actions);
        warnings = List.copyOf(warnings);
    }

    /** The server already has the desired values. */
    public boolean isEmpty() {
        return actions.isEmpty();
    }

    public Set<Risk> risks() {
        Set<Risk> all = EnumSet.noneOf(Risk.class);
        actions.forEach(a -> all.addAll(a.risks()));
        return all;
    }
}
