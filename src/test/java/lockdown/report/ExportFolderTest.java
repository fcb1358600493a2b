package lockdown.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import lockdown.base.InvalidSettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Summaries go to Documents (or home), never the current folder; missing folders are named, never created. */
class ExportFolderTest {

    @TempDir
    Path home;

    @Test
    void documentsWhenThereIsOneElseHome() throws Exception {
        assertThat(ExportFolder.standard(home, null)).isEqualTo(home);
        Files.createDirectories(home.resolve("Documents"));
        assertThat(ExportFolder.standard(home, null)).isEqualTo(home.resolve("Documents"));
    }

    @Test
    void onWindowsTheProfileFolderDecides() throws Exception {
        Path profile = Files.createDirectories(home.resolve("profile"));
        Files.createDirectories(profile.resolve("Documents"));
        assertThat(ExportFolder.standard(home, profile.toString())).isEqualTo(profile.resolve("Documents"));
    }

    @Test
    void aMissingFolderIsNamedAndNothingIsCreated() {
        Path file = home.resolve("a").resolve("b").resolve("s.html");
        assertThat(ExportFolder.missing(file)).contains(home.resolve("a").resolve("b"));
        assertThat(ExportFolder.missing(home.resolve("s.html"))).isEmpty();
        assertThatThrownBy(() -> ExportFolder.requireFolder(file, "out")).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining(home.resolve("a").resolve("b").toString());
        assertThatThrownBy(() -> Renderers.write(null, Format.HTML, file)).hasMessageContaining("does not exist");
        assertThat(home.resolve("a")).doesNotExist();
    }
}
