package lockdown.ui.editors;

import java.util.List;
import java.util.function.Consumer;
import lockdown.core.Enrolment;
import lockdown.base.Msg;

/**
 * What an editor needs from the page beyond its setting: the value on the server now (to show what
 * would change), accounts to choose from, and a background preparation.
 */
public record EditorContext(Object current, java.util.function.Supplier<List<String>> accounts, Preparer preparer) {

    /** Fetches an enrolment in the background; exactly one callback runs, on the FX thread. */
    public interface Preparer {
        void prepare(String account, Consumer<Enrolment> done, Consumer<Msg> failed);
    }

    public static EditorContext none() {
        return new EditorContext(null, List::of, (a, done, failed) -> failed.accept(Msg.of("error.nothing-to-prepare", "")));
    }
}
