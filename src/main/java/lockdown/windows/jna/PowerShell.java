package lockdown.windows.jna;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import lockdown.base.Msg;
import lockdown.windows.Scripts;
import lockdown.windows.WindowsException;

/** Runs one of the wizard's {@link Scripts} and returns what it printed. */
final class PowerShell {

    private PowerShell() {
    }

    static JsonNode run(Scripts.Script script, Object payload, Duration timeout) {
        Processes.Result r = Processes.run(Scripts.command(script), Scripts.input(payload), timeout);
        if (r.exit() != 0) {
            String line = r.firstLine();
            throw new WindowsException(r.exit(), Msg.of("windows.script-failed", script.file(),
                    line.length() > 240 ? line.substring(0, 240) : line), true);
        }
        return Scripts.output(r.out());
    }
}
