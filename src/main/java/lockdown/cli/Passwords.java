package lockdown.cli;

import java.io.Console;
import java.util.Map;
import lockdown.core.InvalidSettingsException;
import lockdown.core.Msg;

/**
 * Where the CLI gets the SmarterMail password: the environment variable {@code SMLOCKDOWN_PASSWORD},
 * or a prompt on the console that does not echo. Never from an argument, where it would end up in
 * the shell's history and the process list.
 */
interface Passwords {

    String VARIABLE = "SMLOCKDOWN_PASSWORD";

    char[] read(String user);

    static Passwords standard(Map<String, String> env) {
        return user -> {
            String fromEnv = env.get(VARIABLE);
            if (fromEnv != null && !fromEnv.isEmpty()) {
                return fromEnv.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new InvalidSettingsException("password", Msg.of("cli.no-password", VARIABLE));
            }
            char[] typed = console.readPassword("%s", Msg.of("cli.password-prompt", user).text());
            if (typed == null || typed.length == 0) {
                throw new InvalidSettingsException("password", Msg.of("login.password-empty"));
            }
            return typed;
        };
    }
}
