package lockdown.cli;

import java.util.Arrays;
import java.util.List;
import lockdown.Connection;
import lockdown.Login;
import lockdown.core.InvalidSettingsException;
import lockdown.core.Msg;

/**
 * {@code --demo}; {@code --server URL --user NAME} (the API steps of a server anywhere); or
 * {@code --local --user NAME [--server URL]} (this Windows machine is the SmarterMail server: the
 * Windows steps too, with the API at {@link Connection#LOCAL_URL} unless given). The password
 * comes from {@link Passwords}.
 */
final class TargetOptions {

    static final List<String> VALUED = List.of("--server", "--user", "--api-map", "--trust-certificate");
    static final List<String> FLAGS = List.of("--demo", "--local", "--allow-plain-http");

    private TargetOptions() {
    }

    static Connection open(Args args, Passwords passwords) {
        boolean demo = args.has("--demo");
        if (demo && (args.get("--api-map") != null || args.get("--trust-certificate") != null)) {
            throw new InvalidSettingsException("api-map", Msg.of("cli.demo-no-map"));
        }
        String server = args.get("--server");
        boolean local = args.has("--local");
        if (demo && (server != null || local)) {
            throw new InvalidSettingsException("server", Msg.of("cli.demo-or-server"));
        }
        if (local && !Connection.windowsHere()) {
            throw new InvalidSettingsException("local", Msg.of("cli.local-not-windows"));
        }
        if (local && server == null) {
            server = Connection.LOCAL_URL;
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
            Login login = new Login(server, user, password, passwords.knownCode(), () -> passwords.code(user), catalog,
                    args.has("--allow-plain-http"));
            return local ? Connection.local(login) : Connection.server(login);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
