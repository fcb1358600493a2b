package lockdown.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import lockdown.windows.AclEntry;
import lockdown.windows.Binding;
import lockdown.windows.ServiceInfo;
import lockdown.windows.UserRights;
import lockdown.windows.WindowsException;
import org.junit.jupiter.api.Test;

class SimulatedWindowsTest {

    final SimulatedWindows w = new SimulatedWindows();

    @Test
    void startsAsAFreshSmarterMailInstall() {
        ServiceInfo s = w.lookup("smartermail").orElseThrow();
        assertThat(s.account()).isEqualTo("LocalSystem");
        assertThat(s.state()).isEqualTo(ServiceInfo.State.RUNNING);
        assertThat(w.sites()).singleElement().satisfies(site -> {
            assertThat(site.bindings()).containsExactly(new Binding("http", "*", 9998, ""), new Binding("net.tcp", "808:*"));
            assertThat(site.bindings().getFirst().catchAll()).isTrue();
        });
        assertThat(w.appPool("SmarterMail").identityType()).isEqualTo("ApplicationPoolIdentity");
        assertThat(w.ipSecurity("SmarterMail").allowUnlisted()).isTrue();
        assertThat(w.find("smartermail_svc")).isEmpty();
    }

    @Test
    void aServiceAccountWithoutTheLogonRightFailsToStartWith1069() {
        w.create("smartermail_svc", "SmarterMail service account", "x".toCharArray());
        w.stop("SmarterMail", Duration.ofSeconds(5));
        w.changeLogon("SmarterMail", ".\\smartermail_svc", "x".toCharArray());
        assertThatThrownBy(() -> w.start("SmarterMail", Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(WindowsException.class, e -> assertThat(e.code()).isEqualTo(1069))
                .hasMessageContaining("error 1069");
        w.grant("MAIL01\\smartermail_svc", UserRights.SERVICE_LOGON);
        w.start("SmarterMail", Duration.ofSeconds(5));
        assertThat(w.lookup("SmarterMail").orElseThrow().state()).isEqualTo(ServiceInfo.State.RUNNING);
    }

    @Test
    void folderPermissionsAreInheritedBySubfoldersAndMergedLikeGrantAccess() {
        w.create("smartermail_svc", "SmarterMail service account", "x".toCharArray());
        String sid = w.find("smartermail_svc").orElseThrow().sid();
        w.restore(SimulatedWindows.DATA_FOLDER, "smartermail_svc", java.util.List.of(AclEntry.allow("MAIL01\\smartermail_svc", sid, 0x1200A9)));
        w.grantModify(SimulatedWindows.DATA_FOLDER, "smartermail_svc");
        assertThat(w.read(SimulatedWindows.DATA_FOLDER)).filteredOn(a -> a.sid().equals(sid)).as("merged into the entry it had")
                .singleElement().satisfies(a -> assertThat(a.mask()).isEqualTo(AclEntry.MODIFY | 0x1200A9));
        assertThat(w.read(SimulatedWindows.DATA_FOLDER + "\\Domains\\example.com"))
                .anySatisfy(a -> {
                    assertThat(a.sid()).isEqualTo(sid);
                    assertThat(a.inherited()).isTrue();
                    assertThat(a.grantsInheritedModify()).isTrue();
                });
        w.restore(SimulatedWindows.DATA_FOLDER, "smartermail_svc", java.util.List.of());
        assertThat(w.read(SimulatedWindows.DATA_FOLDER)).extracting(AclEntry::sid).doesNotContain(sid);
    }

    @Test
    void theBindingTheWizardUsesCannotBeRemoved() {
        Binding used = new Binding("http", "*", 9998, "");
        w.wizardConnectsVia(used);
        assertThatThrownBy(() -> w.removeBinding("SmarterMail", used)).hasMessageContaining("this wizard’s own connection");
        assertThat(w.sites().getFirst().bindings()).contains(used);
    }

    @Test
    void withoutElevationWindowsRefuses() {
        w.elevated(false);
        assertThatThrownBy(() -> w.create("a", "b", "c".toCharArray())).hasMessageContaining("administrator rights");
    }
}
