package lockdown.cli;

import java.util.Arrays;
import java.util.List;
import lockdown.Connection;
import lockdown.Login;
import lockdown.Wiring;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;

/**
 * {@code --demo}; {@code --server URL --user NAME} (the API steps of a server anywhere); or
 * {@code --local --user NAME [--server URL]} (this Windows machine is the SmarterMail server: the
 * Windows steps too, with the API at {@link Wiring#LOCAL_URL} unless given). The password
 * comes from {@link Passwords}; a certificate fingerprint given with {@code --trust-certificate} is
 * kept only once the login succeeded.
 */
final class TargetOptions {

    static final List<String> VALUED = List.of("--server", "--user", "--api-map", "--trust-certificate");
    static final List<String> FLAGS = List.of("--demo", "--local", "--allow-plain-http");

    /** A command's options: the target's, then the command's own {@code valued} ones and {@code flags}. */
    static Args parse(List<String> argv, List<String> valued, List<String> flags) {
        List<String> v = new java.util.ArrayList<>(VALUED);
        v.addAll(valued);
        List<String> f = new java.util.ArrayList<>(FLAGS);
        f.addAll(flags);
        return Args.parse(argv, v, f);
    }

    private final Wiring wiring;
    private final Passwords passwords;

    TargetOptions(Wiring wiring, Passwords passwords) {
        this.wiring = wiring;
        this.passwords = passwords;
    }

    Passwords passwords() {
        return passwords;
    }

    Connection open(Args args) {
        boolean demo = args.has("--demo");
        if (demo && (args.get("--api-map") != null || args.get("--trust-certificate") != null)) {
            throw new InvalidSettingsException("api-map", Msg.of("cli.demo-no-map"));
        }
        String server = args.get("--server");
        boolean local = args.has("--local");
        if (demo && (server != null || local)) {
            throw new InvalidSettingsException("server", Msg.of("cli.demo-or-server"));
        }
        if (local && !Wiring.windowsHere()) {
            throw new InvalidSettingsException("local", Msg.of("cli.local-not-windows"));
        }
        if (local && server == null) {
            server = Wiring.LOCAL_URL;
        }
        if (!demo && server == null) {
            throw new InvalidSettingsException("server", Msg.of("cli.target-needed"));
        }
        if (demo) {
            return wiring.demo();
        }
        if (local && args.has("--if-unconfirmed") && args.get("--user") == null) {
            // the scheduled revert of an unconfirmed Windows change: no SmarterMail login, the Windows steps only
            return wiring.localWindowsOnly(server);
        }
        String user = args.get("--user");
        if (user == null || user.isBlank()) {
            throw new InvalidSettingsException("user", Msg.of("cli.user-needed"));
        }
        lockdown.smartermail.ServerUrl.parse(server);
        if (args.get("--trust-certificate") != null) {
            lockdown.smartermail.TrustedCertificates.check(args.get("--trust-certificate"));
        }
        var catalog = wiring.catalog(args.get("--api-map"));
        char[] password = passwords.read(user);
        try {
            Login login = new Login(server, user, password, passwords.knownCode(), () -> passwords.code(user), catalog,
                    args.has("--allow-plain-http"), args.get("--trust-certificate"));
            return local ? wiring.local(login) : wiring.server(login);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
