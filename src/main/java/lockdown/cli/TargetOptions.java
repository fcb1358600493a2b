package lockdown.cli;

import java.util.Arrays;
import java.util.List;
import lockdown.Connection;
import lockdown.core.InvalidSettingsException;
import lockdown.core.Msg;

/** {@code --demo}, or {@code --server URL --user NAME} with the password from {@link Passwords}. */
final class TargetOptions {

    static final List<String> VALUED = List.of("--server", "--user");
    static final List<String> FLAGS = List.of("--demo");

    private TargetOptions() {
    }

    static Connection open(Args args, Passwords passwords) {
        boolean demo = args.has("--demo");
        String server = args.get("--server");
        if (demo && server != null) {
            throw new InvalidSettingsException("server", Msg.of("cli.demo-or-server"));
        }
        if (!demo && server == null) {
            throw new InvalidSettingsException("server", Msg.of("cli.target-needed"));
        }
        if (demo) {
            return Connection.demo();
        }
        String user = args.get("--user");
        if (user == null || user.isBlank()) {
            throw new InvalidSettingsException("user", Msg.of("cli.user-needed"));
        }
        lockdown.smartermail.ServerUrl.parse(server);
        char[] password = passwords.read(user);
        try {
            return Connection.server(server, user, password, () -> passwords.code(user));
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
