package lockdown.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Windows account password on the command line: asked for, shown once on the console, never printed. */
class CliAccountPasswordTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final List<String> revealed = new ArrayList<>();
    final List<String> askedFor = new ArrayList<>();
    char[] accountPassword;
    boolean console = true;

    private int run(String... args) {
        out.reset();
        err.reset();
        Passwords passwords = new Passwords() {
            @Override
            public char[] read(String user) {
                throw new AssertionError("the demo needs no SmarterMail password");
            }

            @Override
            public char[] account(String account) {
                askedFor.add(account);
                return accountPassword == null ? null : accountPassword.clone();
            }

            @Override
            public boolean reveal(String account, char[] password) {
                if (console) {
                    revealed.add(account + ":" + new String(password));
                }
                return console;
            }
        };
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                passwords, lockdown.Wiring.standard()).run(List.of(args));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aGeneratedPasswordIsRevealedOnceAndNeverPrinted() {
        assertThat(run("apply", "--demo", "--step", "service-account")).isEqualTo(Cli.OK);
        assertThat(revealed).hasSize(1);
        String password = revealed.getFirst().substring("smartermail_svc:".length());
        assertThat(revealed.getFirst()).startsWith("smartermail_svc:");
        assertThat(password).hasSize(24);
        assertThat(printed()).contains("Applied and verified").doesNotContain(password);
    }

    @Test
    void withoutAConsoleTheAdministratorIsToldHowToSetAPassword() {
        console = false;
        assertThat(run("apply", "--demo", "--step", "service-account")).isEqualTo(Cli.OK);
        assertThat(printed()).contains("no console to show the new password of smartermail_svc")
                .contains("net user smartermail_svc *");
    }

    @Test
    void theAccountPasswordIsAskedForNotTakenFromArguments() {
        assertThat(run("apply", "--demo", "--step", "app-pool-identity", "--set", "pool-identity=.\\Administrator",
                "--set", "account-password=secret")).isEqualTo(Cli.ERROR);
        assertThat(printed()).contains("this value can only be entered in the window");
        assertThat(askedFor).isEmpty();

        assertThat(run("apply", "--demo", "--step", "app-pool-identity", "--set", "pool-identity=.\\Administrator"))
                .isEqualTo(Cli.ERROR);
        assertThat(askedFor).containsExactly(".\\Administrator");
        assertThat(printed()).contains("SMLOCKDOWN_ACCOUNT_PASSWORD").contains("Nothing was changed");

        accountPassword = "Typed-Pa55word!".toCharArray();
        assertThat(run("apply", "--demo", "--step", "app-pool-identity", "--set", "pool-identity=.\\Administrator"))
                .as("a wrong password is found out by IIS when the pool starts, and rolled back").isEqualTo(Cli.AT_RISK);
        assertThat(printed()).contains("HTTP 503").contains("rolled back").doesNotContain("Typed-Pa55word!");

        accountPassword = lockdown.sim.SimulatedWindows.ADMINISTRATOR_PASSWORD.toCharArray();
        assertThat(run("apply", "--demo", "--step", "app-pool-identity", "--set", "pool-identity=.\\Administrator",
                "--confirm-within", "0")).isEqualTo(Cli.OK);
        assertThat(printed()).contains("/processModel.password:<password>").contains("Applied and verified")
                .doesNotContain(lockdown.sim.SimulatedWindows.ADMINISTRATOR_PASSWORD);
    }
}
