package lockdown.steps;

import static org.assertj.core.api.Assertions.assertThat;

import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.sim.SimulatedWindows;
import org.junit.jupiter.api.Test;

/** The data folder is found where SmarterMail records its domains, or on a drive; else the page asks for it. */
class DataFolderTest {

    @Test
    void fromTheDomainPathsSmarterMailRecords() {
        assertThat(Install.fromDomains("{\"domains\":[{\"name\":\"a.example\",\"path\":\"D:\\\\Mail\\\\Domains\\\\a.example\"},"
                + "{\"name\":\"b.example\",\"path\":\"d:\\\\mail\\\\Domains\\\\b.example\"}]}")).contains("D:\\Mail");
        assertThat(Install.fromDomains("{\"domains\":[{\"path\":\"D:\\\\A\\\\Domains\\\\x\"},{\"path\":\"E:\\\\B\\\\Domains\\\\y\"}]}"))
                .as("two places: not guessed").isEmpty();
        assertThat(Install.fromDomains("not json")).isEmpty();
        assertThat(Install.fromDomains("{\"x\":\"relative\\\\Domains\\\\y\"}")).isEmpty();
    }

    @Test
    void aMovedDataFolderIsFoundAndOneNotRecordedAnywhereIsAskedFor() {
        SimulatedWindows w = new SimulatedWindows();
        w.dataFolder("E:\\MailData", true);
        Install install = Install.discover(w.host());
        assertThat(install.dataFolder()).isEqualTo("E:\\MailData");
        assertThat(install.notes()).isEmpty();

        SimulatedWindows unrecorded = new SimulatedWindows();
        unrecorded.dataFolder("E:\\MailData", false);
        Install asked = Install.discover(unrecorded.host());
        assertThat(asked.dataFolder()).isEqualTo(Install.DEFAULT_DATA);
        assertThat(asked.notes()).anySatisfy(n -> assertThat(n.text()).contains("C:\\SmarterMail"));
    }

    @Test
    void theDemoFindsItsDataFolderFromTheRecord() {
        try (var c = lockdown.Wiring.standard().demo()) {
            var s = new lockdown.core.Session(c.target(), Steps.all(), new lockdown.core.Journal(
                    lockdown.core.DataFolder.resolve().resolve("datafolder-journal.jsonl"), Steps::settingsOf),
                    java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
            Finding f = s.probeNow(Guide.FOLDER_PERMISSIONS);
            assertThat(f.current().get(FolderPermissionsStep.DATA)).isEqualTo(SimulatedWindows.DATA_FOLDER);
        }
    }
}
