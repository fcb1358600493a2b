package lockdown.windows.jna;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lockdown.core.Msg;
import lockdown.windows.WindowsException;

/**
 * Runs a Windows tool with its arguments as a list (never through a shell) and collects its output.
 * The command line is never logged: some carry a password.
 */
final class Processes {

    record Result(int exit, String out) {
    }

    private Processes() {
    }

    static Result run(List<String> command, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new WindowsException(2, Msg.of("windows.tool-missing", command.getFirst()));
        }
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new WindowsException(1460, Msg.of("windows.tool-timeout", command.getFirst(), timeout.toSeconds()));
            }
            return new Result(p.exitValue(), out.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new WindowsException(1460, Msg.of("windows.tool-timeout", command.getFirst(), timeout.toSeconds()));
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
