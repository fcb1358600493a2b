package lockdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import lockdown.base.Msg;
import org.junit.jupiter.api.Test;

/** Before the window starts on Linux: a display and GTK 3, each missing one said in one line. */
class WindowCheckTest {

    @Test
    void linuxWithoutADisplayOrGtkSaysWhatIsMissingAndHowToGetIt() {
        assertThat(WindowCheck.missing(Map.of(), "Linux", env -> true)).map(Msg::text)
                .hasValueSatisfying(t -> assertThat(t).contains("needs a display").contains("audit --demo"));
        assertThat(WindowCheck.missing(Map.of("DISPLAY", ":0"), "Linux", env -> false)).map(Msg::text)
                .hasValueSatisfying(t -> assertThat(t).contains("GTK 3").contains("libgtk-3-0"));
        assertThat(WindowCheck.missing(Map.of("DISPLAY", ":0"), "Linux", env -> true)).isEmpty();
        assertThat(WindowCheck.missing(Map.of(), "Windows 11", env -> false)).as("Windows brings its own").isEmpty();
    }

    @Test
    void gtkIsLookedForWhereTheLoaderLooks(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        assertThat(WindowCheck.gtkFound(Map.of("LD_LIBRARY_PATH", dir.toString()))).isEqualTo(
                WindowCheck.gtkFound(Map.of()));
        java.nio.file.Files.createFile(dir.resolve("libgtk-3.so.0"));
        assertThat(WindowCheck.gtkFound(Map.of("LD_LIBRARY_PATH", "/nowhere:" + dir))).isTrue();
    }
}
