package lockdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import lockdown.core.Guide;
import lockdown.core.Session;
import lockdown.core.Settings;
import org.junit.jupiter.api.Test;

/** The demo keeps its own journal for as long as it is connected: the real one never holds demo entries. */
class DemoJournalTest {

    @Test
    void theDemoJournalsApartAndItsJournalGoesWithIt() throws Exception {
        Wiring w = Wiring.standard();
        Path own;
        try (Connection c = w.demo(); ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            Session s = c.session(ex);
            s.apply(s.plan(Guide.SMTP_RELAY, Settings.EMPTY.with(lockdown.steps.SmtpRelayStep.ALLOW_RELAY, "nobody")));
            assertThat(s.changes()).hasSize(1);
            try (Stream<Path> files = Files.list(w.data().resolve("demo"))) {
                own = files.filter(f -> f.getFileName().toString().startsWith("journal-" + ProcessHandle.current().pid())
                        && f.getFileName().toString().endsWith(".jsonl")).findFirst()
                        .orElseThrow();
            }
            assertThat(Files.readString(own)).contains("smtp-relay");
        }
        assertThat(own).as("gone with the connection").doesNotExist();
        assertThat(own.resolveSibling(own.getFileName() + ".lock")).as("its lock file too").doesNotExist();
        assertThat(w.journal().changes()).noneSatisfy(ch -> assertThat(ch.target()).startsWith("demo"));
    }
}
