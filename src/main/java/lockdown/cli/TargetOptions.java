package lockdown.cli;

import java.util.Arrays;
import java.util.List;
import lockdown.Connection;
import lockdown.core.InvalidSettingsException;
import lockdown.core.Msg;

/** {@code --demo}, or {@code --server URL --user NAME} with the password from {@link Passwords}. */
final class TargetOptions {

    static final List<String> VALUED = List.of("--server", "--user", "--api-map", "--trust-certificate");
    static final List<String> FLAGS = List.of("--demo");

    private TargetOptions() {
    }

    static Connection open(Args args, Passwords passwords) {
        boolean demo = args.has("--demo");
        if (demo && (args.get("--api-map") != null || args.get("--trust-certificate") != null)) {
            throw new InvalidSettingsException("api-map", Msg.of("cli.demo-no-map"));
        }
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
        okhttp3.HttpUrl url = lockdown.smartermail.ServerUrl.parse(server);
        var catalog = Connection.catalog(args.get("--api-map"));
        if (args.get("--trust-certificate") != null) {
            lockdown.smartermail.SmarterMailClient.trustedCertificates()
                    .trust(lockdown.smartermail.SmarterMailClient.serverKey(url), args.get("--trust-certificate"));
        }
        char[] password = passwords.read(user);
        try {
            return Connection.server(server, user, password, () -> passwords.code(user), catalog);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
