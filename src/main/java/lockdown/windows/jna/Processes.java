package lockdown.windows.jna;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lockdown.base.Msg;
import lockdown.windows.WindowsException;

/**
 * Runs a Windows tool with its arguments as a list (never through a shell), optionally writing
 * {@code input} to its standard input (how secrets reach a tool: never on a command line, which
 * process auditing records), and collects standard output and standard error apart, as bytes.
 * The command line is never logged.
 */
final class Processes {

    /** What the tool wrote: {@code out} as bytes (decoded by whoever knows its encoding), {@code err} apart. */
    record Result(int exit, byte[] out, String err) {

        /** Standard output read as UTF-8, for tools whose output is ASCII or that were asked for UTF-8. */
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }

        /** The first non-blank line of standard error, or else of standard output: for messages. */
        String firstLine() {
            return err.lines().filter(l -> !l.isBlank()).findFirst()
                    .orElse(text().lines().filter(l -> !l.isBlank()).findFirst().orElse("")).strip();
        }
    }

    private Processes() {
    }

    static Result run(List<String> command, Duration timeout) {
        return run(command, null, timeout);
    }

    static Result run(List<String> command, byte[] input, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(command);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new WindowsException(2, Msg.of("windows.tool-missing", command.getFirst()));
        }
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        try (OutputStream stdin = p.getOutputStream()) {
            if (input != null) {
                stdin.write(input);
            }
        } catch (IOException closedEarly) {
            // the tool did not read its input; its exit code and output say why
        }
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new WindowsException(1460, Msg.of("windows.tool-timeout", command.getFirst(), timeout.toSeconds()));
            }
            return new Result(p.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new WindowsException(1460, Msg.of("windows.tool-timeout", command.getFirst(), timeout.toSeconds()));
        }
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
