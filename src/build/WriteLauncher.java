import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Build step (run by the JDK the build selected, as a single-file program): writes the command-line
 * launchers target/lockdown (sh) and target/lockdown.cmd (Windows), which start the wizard with that
 * JDK and this build's class path and exit with the wizard's own exit code.
 * Arguments: the target folder, the class path.
 */
public class WriteLauncher {

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        String classpath = args[1];
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // No 300 ms wait at exit for the virtual-thread poller parked in native code (JDK-8314243);
        // the quick compiler only: a short-lived command and a wizard start sooner; a small first heap,
        // so less memory is touched before the first collection (bench/README.md).
        String options = "--enable-native-access=ALL-UNNAMED -XX:UserThreadWaitAttemptsAtExit=0 -XX:TieredStopAtLevel=1 -Xms32m";
        Path sh = target.resolve("lockdown");
        Files.writeString(sh, """
                #!/bin/sh
                # SmarterMail Lockdown's command line, written by the build. Its exit status is the wizard's.
                exec "%s" %s -cp '%s' lockdown.Launcher "$@"
                """.formatted(java, options, classpath.replace("'", "'\\''")), StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(sh, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the .cmd below is the launcher there
        }
        Files.writeString(target.resolve("lockdown.cmd"), """
                @echo off\r
                rem SmarterMail Lockdown's command line, written by the build. Its exit status is the wizard's.\r
                "%s.exe" %s -cp "%s" lockdown.Launcher %%*\r
                exit /b %%ERRORLEVEL%%\r
                """.formatted(java, options, classpath), StandardCharsets.UTF_8);
    }
}
