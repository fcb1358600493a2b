package lockdown.windows.jna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import lockdown.core.HostContext;
import lockdown.windows.AclEntry;
import lockdown.windows.LocalUser;
import lockdown.windows.UserRights;
import lockdown.windows.WindowsHost;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JNA adapters against the Windows they run on: reads on any Windows, and on an elevated one a
 * throwaway account, right and folder entry applied, read back and undone. Run by the Windows CI
 * workflow ({@code -Dgroups=windows} runs only these); skipped elsewhere.
 */
@Tag("windows")
@EnabledOnOs(OS.WINDOWS)
class LiveWindowsTest {

    @TempDir
    Path dir;

    private static WindowsHost host() {
        return JnaWindows.host().orElseThrow();
    }

    @Test
    void readsServicesAccountsFoldersAndAddresses() {
        WindowsHost w = host();
        assertThat(w.services().list()).anySatisfy(s -> assertThat(s.name()).isEqualToIgnoringCase("EventLog"));
        assertThat(w.services().lookup("EventLog")).hasValueSatisfying(s -> assertThat(s.imagePath()).isNotBlank());
        assertThat(w.services().lookup("no-such-service-" + UUID.randomUUID())).isEmpty();
        assertThat(w.accounts().find("no_such_user_x")).isEmpty();
        assertThat(w.acls().exists(dir.toString())).isTrue();
        assertThat(w.acls().exists(dir.resolve("missing").toString())).isFalse();
        assertThat(w.acls().read(dir.toString())).isNotEmpty();
        assertThat(w.network().localAddresses()).contains("127.0.0.1");
    }

    @Test
    void aThrowawayAccountRightAndFolderEntryAreAppliedReadBackAndUndone() throws Exception {
        WindowsHost w = host();
        assumeThat(w.elevation().elevated()).as("needs an elevated process").isTrue();
        String name = "smlk_" + UUID.randomUUID().toString().substring(0, 8);
        HostContext ctx = new HostContext();
        char[] password = ctx.generatePassword();
        Path folder = Files.createDirectory(dir.resolve("data"));
        try {
            w.accounts().create(name, "SmarterMail Lockdown test", password);
            assertThat(w.accounts().find(name)).hasValueSatisfying(u -> {
                assertThat(u.description()).isEqualTo("SmarterMail Lockdown test");
                assertThat(u.passwordNeverExpires()).isTrue();
                assertThat(u.mustChangePassword()).isFalse();
            });
            w.accounts().update(new LocalUser(name, "changed", true, false, false));
            assertThat(w.accounts().find(name).orElseThrow().description()).isEqualTo("changed");

            w.rights().grant(".\\" + name, UserRights.SERVICE_LOGON);
            assertThat(w.rights().rightsOf(name)).contains(UserRights.SERVICE_LOGON);
            w.rights().revoke(name, UserRights.SERVICE_LOGON);
            assertThat(w.rights().rightsOf(name)).doesNotContain(UserRights.SERVICE_LOGON);

            w.acls().grantModify(folder.toString(), ".\\" + name);
            assertThat(w.acls().read(folder.toString())).anySatisfy(e -> {
                assertThat(e.account().toLowerCase(Locale.ROOT)).endsWith("\\" + name);
                assertThat(e.grantsInheritedModify()).isTrue();
            });
            w.acls().revokeModify(folder.toString(), name);
            assertThat(w.acls().read(folder.toString())).noneMatch(e -> mentions(e, name));

            // A folder with inheritance turned off keeps it off.
            Path closed = Files.createDirectory(dir.resolve("closed"));
            Process icacls = new ProcessBuilder("icacls", closed.toString(), "/inheritance:d").redirectErrorStream(true).start();
            icacls.getInputStream().readAllBytes();
            assertThat(icacls.waitFor()).isZero();
            w.acls().grantModify(closed.toString(), name);
            w.acls().revokeModify(closed.toString(), name);
            assertThat(w.acls().read(closed.toString())).isNotEmpty().noneMatch(AclEntry::inherited);
        } finally {
            Arrays.fill(password, '\0');
            ctx.clear();
            if (w.accounts().find(name).isPresent()) {
                w.accounts().delete(name);
            }
        }
        assertThat(w.accounts().find(name)).isEmpty();
    }

    private static boolean mentions(AclEntry e, String name) {
        return e.account().toLowerCase(Locale.ROOT).endsWith("\\" + name) && !e.inherited();
    }
}
