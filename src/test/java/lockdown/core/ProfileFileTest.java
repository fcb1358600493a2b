package lockdown.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import lockdown.base.Msg;
import lockdown.steps.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile file: the documented example loads, a written profile reads back the same, and exceptions judge as documented. */
class ProfileFileTest {

    @TempDir
    Path dir;

    private static Profile documented() throws Exception {
        String doc = Files.readString(Path.of("docs", "profile.md"));
        int start = doc.indexOf("```json") + "```json".length();
        Path file = Files.createTempFile("profile", ".json");
        Files.writeString(file, doc.substring(start, doc.indexOf("```", start)));
        return ProfileFile.read(file, Steps::settingsOf);
    }

    @Test
    void theExampleInTheDocsLoadsAndWritesBackTheSame() throws Exception {
        Profile p = documented();
        assertThat(p.name()).isEqualTo("hosting, standard");
        assertThat(p.wanted().keySet()).containsExactlyInAnyOrder(Guide.SMTP_RELAY, Guide.IDS_BRUTE_FORCE, Guide.RELAY_WHITELIST);
        assertThat(p.exceptions()).singleElement().satisfies(e -> {
            assertThat(e.setting()).isEqualTo("whitelist");
            assertThat(e.until()).isEqualTo(LocalDate.of(2027, 3, 31));
        });
        Path again = dir.resolve("again.json");
        ProfileFile.write(p, again, Steps::settingsOf);
        assertThat(ProfileFile.read(again, Steps::settingsOf)).isEqualTo(p);
    }

    @Test
    void aSettingExceptionCoversOnlyThatSettingAndOnlyUntilItsDate() throws Exception {
        Profile p = documented();
        List<Setting<?>> settings = Steps.settingsOf(Guide.RELAY_WHITELIST);
        Settings wanted = p.wanted(Guide.RELAY_WHITELIST);
        Finding differs = Finding.of(Guide.RELAY_WHITELIST, ProbeResult.COMPLIANT, Settings.EMPTY.withText(
                (Setting<?>) settings.getFirst(), "198.51.100.9,smtp-auth=Other"), wanted, Msg.of("relay-whitelist.empty"), null, List.of());
        Finding judged = p.judge(differs, settings, LocalDate.of(2027, 3, 31));
        assertThat(judged.result()).isEqualTo(ProbeResult.ACCEPTED_RISK);
        assertThat(judged.reason().text()).contains("until 2027-03-31").contains("branch office");
        Finding later = p.judge(differs, settings, LocalDate.of(2027, 4, 1));
        assertThat(later.result()).isEqualTo(ProbeResult.AT_RISK);
        assertThat(later.reason().text()).contains("expired on 2027-03-31").contains("Differs from the profile");
    }
}
