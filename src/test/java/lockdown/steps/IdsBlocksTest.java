package lockdown.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import lockdown.DemoTest;
import lockdown.core.Change;
import lockdown.core.Guide;
import lockdown.core.Offer;
import lockdown.core.Outcome;
import org.junit.jupiter.api.Test;

/** The relay whitelist page lists the IDS blocks, so a locked-out user can be let back in from there. */
class IdsBlocksTest extends DemoTest {

    @Test
    void listsTheBlocksAndUnblocksOneJournaledButNotUndoable() {
        demo.session.probeNow(Guide.RELAY_WHITELIST);
        List<Offer> offers = demo.session.offers(Guide.RELAY_WHITELIST);
        assertThat(offers).extracting(Offer::id).containsExactly("198.51.100.23", "203.0.113.77");
        assertThat(offers.getFirst().text().text()).isEqualTo("198.51.100.23: Smtp, Password brute force by protocol, 20 min left");

        Change c = demo.session.perform(Guide.RELAY_WHITELIST, offers.getFirst());
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(demo.sim().state().blocks()).hasSize(1);
        assertThat(demo.session.offers(Guide.RELAY_WHITELIST)).extracting(Offer::id).containsExactly("203.0.113.77");
        assertThat(demo.journal.change(c.id())).isPresent();
        assertThatThrownBy(() -> demo.session.undo(c.id())).hasMessageContaining("one-off action and cannot be undone");
        assertThat(demo.session.lastUndoable()).isEmpty();
    }
}
