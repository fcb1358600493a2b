package lockdown.cli;

import java.io.Console;
import java.util.Map;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;

/**
 * Where the CLI gets the SmarterMail password: the environment variable {@code SMLOCKDOWN_PASSWORD},
 * or a prompt on the console that does not echo. Never from an argument, where it would end up in
 * the shell's history and the process list. The two-factor code, when the server asks for one, comes
 * from {@code SMLOCKDOWN_2FA_CODE} or a console prompt. The password of the Windows service account
 * comes from {@code SMLOCKDOWN_ACCOUNT_PASSWORD} or a console prompt, and a password the wizard
 * generated is shown on the console only, once.
 */
interface Passwords {

    String VARIABLE = "SMLOCKDOWN_PASSWORD";
    String CODE_VARIABLE = "SMLOCKDOWN_2FA_CODE";
    String ACCOUNT_VARIABLE = "SMLOCKDOWN_ACCOUNT_PASSWORD";

    char[] read(String user);

    /** A two-factor code given beforehand ({@code SMLOCKDOWN_2FA_CODE}), sent with the first login call; null when none. */
    default String knownCode() {
        return null;
    }

    /** The current two-factor code, asked for only when the server wants one and none was given; null when there is none. */
    default String code(String user) {
        return null;
    }

    /** The password of a Windows account the service or pool should log on as; null when there is none. */
    default char[] account(String account) {
        return null;
    }

    /**
     * Asks on the console whether to keep a change that waits for confirmation: completes with true
     * for "keep", false for "undo"; never completes where there is no console to ask on (then only
     * {@code confirm --change ID} from another shell keeps it).
     */
    default java.util.concurrent.CompletableFuture<Boolean> askToKeep(String changeId) {
        return new java.util.concurrent.CompletableFuture<>();
    }

    /** Shows a generated password to the administrator; false when there is nowhere safe to show it. */
    default boolean reveal(String account, char[] password) {
        return false;
    }

    static Passwords standard(Map<String, String> env) {
        return new Passwords() {
            @Override
            public java.util.concurrent.CompletableFuture<Boolean> askToKeep(String changeId) {
                java.util.concurrent.CompletableFuture<Boolean> answer = new java.util.concurrent.CompletableFuture<>();
                java.io.Console console = System.console();
                if (console != null) {
                    Thread.ofVirtual().start(() -> {
                        String line = console.readLine(Msg.of("cli.confirm-prompt", changeId).text());
                        if (line != null) {
                            String a = line.strip().toLowerCase(java.util.Locale.ROOT);
                            answer.complete(a.equals("keep") || a.equals("yes") || a.equals("y"));
                        }
                    });
                }
                return answer;
            }

            @Override
            public char[] read(String user) {
                return password(env, user);
            }

            @Override
            public String knownCode() {
                String fromEnv = env.get(CODE_VARIABLE);
                return fromEnv == null || fromEnv.isBlank() ? null : fromEnv;
            }

            @Override
            public String code(String user) {
                Console console = System.console();
                return console == null ? null : console.readLine("%s", Msg.of("cli.code-prompt", user).text());
            }

            @Override
            public char[] account(String account) {
                String fromEnv = env.get(ACCOUNT_VARIABLE);
                if (fromEnv != null && !fromEnv.isEmpty()) {
                    return fromEnv.toCharArray();
                }
                Console console = System.console();
                char[] typed = console == null ? null : console.readPassword("%s", Msg.of("cli.account-prompt", account).text());
                return typed == null || typed.length == 0 ? null : typed;
            }

            @Override
            public boolean reveal(String account, char[] password) {
                Console console = System.console();
                if (console == null) {
                    return false;
                }
                console.printf("%s%n", Msg.of("cli.account-password-shown", account).text());
                console.printf("    %s%n", new String(password));
                console.flush();
                return true;
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
