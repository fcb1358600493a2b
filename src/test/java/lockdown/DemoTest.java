package lockdown;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the tests that drive steps against the demo: a fresh demo, journaling into the test's own folder. */
public abstract class DemoTest {

    @TempDir
    protected Path dir;
    protected Demo demo;

    @BeforeEach
    protected void openDemo() {
        demo = new Demo(dir);
    }

    @AfterEach
    protected void closeDemo() {
        demo.close();
    }
}
