package lockdown;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lockdown.core.Journal;
import lockdown.core.Session;
import lockdown.sim.SimulatedSmarterMail;
import lockdown.steps.Steps;

/** A demo connection and a session journaling into a folder of the test's own. */
public final class Demo implements AutoCloseable {

    public final Connection connection;
    public final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    public final Journal journal;
    public final Session session;

    public Demo(Path folder) {
        connection = Wiring.standard().demo();
        journal = new Journal(folder.resolve("journal.jsonl"), Steps::settingsOf);
        session = new Session(connection.target(), Steps.all(), journal, executor);
    }

    public SimulatedSmarterMail sim() {
        return connection.simulator().orElseThrow();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        connection.close();
    }
}
