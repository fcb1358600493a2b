package lockdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import lockdown.base.LockdownException;
import lockdown.base.Msg;
import lockdown.sim.SimulatedSmarterMail;
import org.junit.jupiter.api.Test;

class SelfTestTest {

    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final SelfTest selfTest = new SelfTest(new PrintStream(bytes, true, StandardCharsets.UTF_8), Wiring.standard());

    private String out() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void passesOnABuildThatHasEverything() {
        assertThat(selfTest.run()).isZero();
        assertThat(out()).containsPattern("ok +texts: 14 step titles").containsPattern("ok +tls: \\d+ trusted")
                .containsPattern("ok +demo-audit: 14 steps read \\(\\d+ at risk").contains("Self-test passed.")
                .doesNotContain(SimulatedSmarterMail.DEMO_PASSWORD);
    }

    @Test
    void aFailingCheckIsNamedAndTheExitCodeSaysSo() {
        selfTest.check("tls", () -> {
            throw new LockdownException(Msg.of("self-test.no-authorities"));
        });
        selfTest.check("classes", () -> {
            throw new ClassNotFoundException("javafx.scene.control.Button");
        });
        assertThat(selfTest.verdict()).isEqualTo(2);
        assertThat(out()).containsPattern("FAILED +tls: the trust store has no certificate authorities")
                .containsPattern("FAILED +classes: .*javafx.scene.control.Button").contains("Self-test FAILED: tls, classes");
    }
}
