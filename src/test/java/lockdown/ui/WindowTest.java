package lockdown.ui;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** A test of the window: a fresh window on the demo for each test ({@link WizardFixture}), checked and closed after it. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    final WizardFixture fx = new WizardFixture();

    @BeforeEach
    void open() throws TimeoutException {
        // TestFX looks for @Start methods on the test class only, not on the class it extends.
        FxToolkit.setupStage(fx::start);
    }

    @AfterEach
    void stop() {
        fx.stop();
    }
}
