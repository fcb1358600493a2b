package lockdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lockdown.core.Guide;
import org.junit.jupiter.api.Test;

/** The layering and "one place per fact" rules of DESIGN.md, checked on the sources. */
class ArchitectureTest {

    static final Path MAIN = Path.of("src/main/java/lockdown");

    static List<Path> sources(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void coreStepsAndReportsImportNeitherJavaFxNorHttpNorJna() {
        for (String pkg : List.of("core", "steps", "report")) {
            for (Path p : sources(MAIN.resolve(pkg))) {
                assertThat(read(p)).as(p.toString()).doesNotContain("import javafx.").doesNotContain("import okhttp3.")
                        .doesNotContain("import com.sun.jna.").doesNotContain("import lockdown.ui.");
            }
        }
    }

    @Test
    void onlyUiAndItsLauncherTouchJavaFx() {
        for (Path p : sources(MAIN)) {
            if (!p.startsWith(MAIN.resolve("ui"))) {
                assertThat(read(p)).as(p.toString()).doesNotContain("import javafx.");
            }
        }
    }

    @Test
    void onlyTheWindowsAdaptersTouchJna() {
        for (Path p : sources(MAIN)) {
            if (!p.startsWith(MAIN.resolve("windows").resolve("jna"))) {
                assertThat(read(p)).as(p.toString()).doesNotContain("import com.sun.jna.");
            }
        }
    }

    @Test
    void endpointPathsLiveOnlyInTheCatalog() {
        for (Path p : sources(MAIN)) {
            assertThat(read(p)).as(p.toString()).doesNotContain("/api/v1");
        }
        assertThat(read(Path.of("src/main/resources/lockdown/smartermail/endpoints.json"))).contains("/api/v1/");
    }

    @Test
    void stepIdsAreWrittenOnlyInTheGuide() {
        for (Path p : sources(MAIN)) {
            if (p.endsWith("Guide.java")) {
                continue;
            }
            String text = read(p);
            for (Guide g : Guide.values()) {
                assertThat(text).as(p + " names " + g.id()).doesNotContain("\"" + g.id() + "\"");
            }
        }
    }

    @Test
    void userFacingTextComesFromTheBundle() {
        for (Path p : sources(MAIN)) {
            String text = read(p);
            assertThat(text).as(p.toString()).doesNotContainPattern("System\\.(out|err)\\.print(ln)?\\(\"[A-Za-z]");
            assertThat(text).as(p.toString()).doesNotContainPattern("new (Lockdown|Step|Api|Windows)Exception\\([^)]*\"[A-Z][a-z]+ ");
        }
    }
}
