package lockdown.windows.jna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import lockdown.core.HostContext;
import lockdown.windows.AclEntry;
import lockdown.windows.LocalUser;
import lockdown.windows.ServiceInfo;
import lockdown.windows.WindowsException;
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
    void aThrowawayAccountRightsAndFolderEntriesAreAppliedReadBackAndPutBackExactly() throws Exception {
        WindowsHost w = host();
        assumeThat(w.elevation().elevated()).as("needs an elevated process").isTrue();
        String name = "smlk_" + UUID.randomUUID().toString().substring(0, 8);
        HostContext ctx = new HostContext();
        char[] password = ctx.generatePassword();
        Path folder = Files.createDirectory(dir.resolve("data"));
        try {
            w.accounts().create(name, "SmarterMail Lockdown test", password);
            LocalUser created = w.accounts().find(name).orElseThrow();
            assertThat(created.description()).isEqualTo("SmarterMail Lockdown test");
            assertThat(created.passwordNeverExpires()).isTrue();
            assertThat(created.mustChangePassword()).isFalse();
            assertThat(created.cannotChangePassword()).as("UF_PASSWD_CANT_CHANGE").isTrue();
            assertThat(created.sid()).startsWith("S-1-5-21-");
            w.accounts().update(created.withFlags("changed", true, false, true));
            assertThat(w.accounts().find(name).orElseThrow().description()).isEqualTo("changed");

            // LSA strings are read by their length: exactly these names come back, nothing read past them.
            for (String right : List.of(UserRights.SERVICE_LOGON, UserRights.DENY_INTERACTIVE, UserRights.DENY_REMOTE_INTERACTIVE)) {
                w.rights().grant(".\\" + name, right);
            }
            assertThat(w.rights().rightsOf(name)).containsExactlyInAnyOrder(UserRights.SERVICE_LOGON, UserRights.DENY_INTERACTIVE,
                    UserRights.DENY_REMOTE_INTERACTIVE);
            w.rights().revoke(name, UserRights.DENY_INTERACTIVE);
            w.rights().revoke(name, UserRights.DENY_REMOTE_INTERACTIVE);
            assertThat(w.rights().rightsOf(name)).containsExactly(UserRights.SERVICE_LOGON);
            w.rights().revoke(name, UserRights.SERVICE_LOGON);
            assertThat(w.rights().rightsOf(name)).isEmpty();

            // An entry the account already had (read and execute) is merged by the grant and put back exactly.
            run("icacls", folder.toString(), "/grant", name + ":(OI)(CI)(RX)");
            List<AclEntry> before = own(w, folder, created.sid());
            assertThat(before).singleElement().satisfies(e -> assertThat(e.mask()).isEqualTo(0x1200A9));
            w.acls().grantModify(folder.toString(), ".\\" + name);
            assertThat(own(w, folder, created.sid())).anySatisfy(e -> assertThat(e.grantsInheritedModify()).isTrue());
            w.acls().restore(folder.toString(), name, before);
            assertThat(own(w, folder, created.sid())).isEqualTo(before);
            w.acls().restore(folder.toString(), name, List.of());
            assertThat(own(w, folder, created.sid())).isEmpty();

            // A folder with inheritance turned off keeps it off.
            Path closed = Files.createDirectory(dir.resolve("closed"));
            run("icacls", closed.toString(), "/inheritance:d");
            w.acls().grantModify(closed.toString(), name);
            w.acls().restore(closed.toString(), name, List.of());
            assertThat(w.acls().read(closed.toString())).isNotEmpty().noneMatch(AclEntry::inherited);

            // A service set to an account without "Log on as a service" fails with 1069, named; going back to
            // LocalSystem takes an empty password.
            String service = "smlk_test_" + UUID.randomUUID().toString().substring(0, 6);
            run("sc.exe", "create", service, "binPath=", "C:\\Windows\\System32\\svchost.exe -k smlk", "start=", "demand");
            try {
                w.services().changeLogon(service, ".\\" + name, password);
                assertThat(w.services().lookup(service).orElseThrow().account()).isEqualToIgnoringCase(".\\" + name);
                assertThatThrownBy(() -> w.services().start(service, Duration.ofSeconds(30)))
                        .isInstanceOfSatisfying(WindowsException.class, e -> assertThat(e.code()).isEqualTo(1069))
                        .hasMessageContaining("error 1069");
                w.services().changeLogon(service, "LocalSystem", null);
                assertThat(w.services().lookup(service).orElseThrow().account()).isEqualToIgnoringCase("LocalSystem");
            } finally {
                run("sc.exe", "delete", service);
            }
        } finally {
            Arrays.fill(password, '\0');
            ctx.clear();
            if (w.accounts().find(name).isPresent()) {
                w.accounts().delete(name);
            }
        }
        assertThat(w.accounts().find(name)).isEmpty();
    }

    @Test
    void aRealServiceStopsAndStartsThroughTheWaitingLoop() {
        WindowsHost w = host();
        assumeThat(w.elevation().elevated()).as("needs an elevated process").isTrue();
        String service = List.of("Spooler", "W32Time").stream().filter(n -> w.services().lookup(n).isPresent()).findFirst().orElse(null);
        assumeThat(service).as("a service that can be stopped and started").isNotNull();
        boolean wasRunning = w.services().lookup(service).orElseThrow().state() == ServiceInfo.State.RUNNING;
        try {
            w.services().start(service, Duration.ofSeconds(60));
            assertThat(w.services().lookup(service).orElseThrow().state()).isEqualTo(ServiceInfo.State.RUNNING);
            w.services().stop(service, Duration.ofSeconds(60));
            assertThat(w.services().lookup(service).orElseThrow().state()).isEqualTo(ServiceInfo.State.STOPPED);
        } finally {
            if (wasRunning) {
                w.services().start(service, Duration.ofSeconds(60));
            }
        }
    }

    private static List<AclEntry> own(WindowsHost w, Path folder, String sid) {
        return w.acls().read(folder.toString()).stream().filter(e -> !e.inherited() && e.sid().equalsIgnoreCase(sid)).toList();
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
    }
}
