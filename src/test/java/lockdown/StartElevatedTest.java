package lockdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lockdown.base.Msg;
import lockdown.windows.Elevation;
import lockdown.windows.WindowsException;
import org.junit.jupiter.api.Test;

class StartElevatedTest {

    final List<List<String>> restarts = new ArrayList<>();
    boolean elevated;
    boolean declines;

    final Elevation elevation = new Elevation() {
        @Override
        public boolean elevated() {
            return elevated;
        }

        @Override
        public void restartElevated(List<String> arguments) {
            restarts.add(arguments);
            if (declines) {
                throw new WindowsException(WindowsException.CANCELLED, Msg.of("windows.uac-declined"));
            }
        }
    };

    @Test
    void theInstalledWizardWithoutRightsStartsItselfAgainElevatedOnce() {
        assertThat(StartElevated.restarted(Optional.of(elevation), true, List.of("--x"))).isTrue();
        assertThat(restarts).containsExactly(List.of("--x", StartElevated.FLAG));
        assertThat(StartElevated.restarted(Optional.of(elevation), true, List.of(StartElevated.FLAG)))
                .as("the second start never asks again").isFalse();
        assertThat(StartElevated.withoutFlag(List.of("--x", StartElevated.FLAG))).containsExactly("--x");
    }

    @Test
    void aDeclinedPromptGoesOnWithoutRights() {
        declines = true;
        assertThat(StartElevated.restarted(Optional.of(elevation), true, List.of())).isFalse();
        assertThat(restarts).hasSize(1);
    }

    @Test
    void nothingHappensWhenElevatedNotInstalledOrNotOnWindows() {
        elevated = true;
        assertThat(StartElevated.restarted(Optional.of(elevation), true, List.of())).isFalse();
        elevated = false;
        assertThat(StartElevated.restarted(Optional.of(elevation), false, List.of())).isFalse();
        assertThat(StartElevated.restarted(Optional.empty(), true, List.of())).isFalse();
        assertThat(restarts).isEmpty();
    }
}
