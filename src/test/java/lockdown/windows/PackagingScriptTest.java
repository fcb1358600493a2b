package lockdown.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * build-msi.ps1 must run in Windows PowerShell 5.1, where a native program's stderr under
 * $ErrorActionPreference = 'Stop' ends the script: every native call goes through Invoke-Native,
 * the one place that calls a program directly and merges its stderr.
 */
class PackagingScriptTest {

    @Test
    void everyNativeProgramRunsThroughInvokeNative() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("packaging/windows/build-msi.ps1"));
        assertThat(lines).contains("#Requires -Version 5.1", "$ErrorActionPreference = 'Stop'");
        List<String> direct = lines.stream().map(String::strip).filter(l -> !l.startsWith("#"))
                .filter(l -> l.startsWith("& ") || l.contains("2>&1")).toList();
        assertThat(direct).containsExactly("& $Exe @Arguments 2>&1 | ForEach-Object { \"$_\" }");
        String text = String.join("\n", lines);
        for (String program : List.of("'bin\\java.exe'", "'.\\mvnw.cmd'", "'bin\\jpackage.exe'", "(Debug).exe")) {
            assertThat(text).as(program).containsPattern("Invoke-Native[^\\n]*" + java.util.regex.Pattern.quote(program));
        }
    }
}
