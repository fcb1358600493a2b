package lockdown.cli;

import java.io.Console;
import java.util.Map;
import lockdown.core.InvalidSettingsException;
import lockdown.core.Msg;

/**
 * Where the CLI gets the SmarterMail password: the environment variable {@code SMLOCKDOWN_PASSWORD},
 * or a prompt on the console that does not echo. Never from an argument, where it would end up in
 * the shell's history and the process list. The two-factor code, when the server asks for one, comes
 * from {@code SMLOCKDOWN_2FA_CODE} or a console prompt.
 */
interface Passwords {

    String VARIABLE = "SMLOCKDOWN_PASSWORD";
    String CODE_VARIABLE = "SMLOCKDOWN_2FA_CODE";

    char[] read(String user);

    /** The current two-factor code, asked for only when the server wants one; null when there is none. */
    default String code(String user) {
        return null;
    }

    static Passwords standard(Map<String, String> env) {
        return new Passwords() {
            @Override
            public char[] read(String user) {
                return password(env, user);
            }

            @Override
            public String code(String user) {
                String fromEnv = env.get(CODE_VARIABLE);
                if (fromEnv != null && !fromEnv.isBlank()) {
                    return fromEnv;
                }
                Console console = System.console();
                return console == null ? null : console.readLine("%s", Msg.of("cli.code-prompt", user).text());
            }
        };
    }

    private static char[] password(Map<String, String> env, String user) {
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
    }
}
