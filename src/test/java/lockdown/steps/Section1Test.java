package lockdown.steps;

import lockdown.core.ProbeResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import lockdown.DemoTest;
import lockdown.core.Change;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.base.InvalidSettingsException;
import lockdown.core.Outcome;
import lockdown.core.Plan;
import lockdown.core.Risk;
import lockdown.core.Settings;
import lockdown.core.Status;
import lockdown.sim.SimulatedWindows;
import lockdown.windows.ServiceInfo;
import lockdown.windows.UserRights;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Section 1, run as a custom user, against the simulated Windows host, in the order the guide enforces. */
class Section1Test extends DemoTest {

    SimulatedWindows w;

    @BeforeEach
    void open() {
        w = demo.connection.simulatedWindows().orElseThrow();
    }

    private Change apply(Guide g) {
        Finding f = demo.session.probeNow(g);
        Settings writable = Settings.EMPTY;
        for (var s : Steps.all().get(g).settings()) {
            if (!s.readOnly() && f.recommended().has(s.key())) {
                writable = writable.withValue(s, f.recommended().get(s.key()));
            }
        }
        return demo.session.apply(demo.session.plan(g, writable)).orElseThrow();
    }

    @Test
    void createsTheAccountWithAGeneratedPasswordShownOnceAndNeverWritten() throws Exception {
        Finding f = demo.session.probeNow(Guide.SERVICE_ACCOUNT);
        assertThat(f.result()).isEqualTo(ProbeResult.AT_RISK);
        assertThat(f.reason().text()).isEqualTo("There is no local account smartermail_svc yet.");
        Plan plan = demo.session.plan(Guide.SERVICE_ACCOUNT, Settings.EMPTY.with(ServiceAccountStep.ACCOUNT, "smartermail_svc"));
        assertThat(plan.actions()).singleElement().satisfies(a -> {
            assertThat(a.command()).startsWith("net user smartermail_svc <password> /add").contains("-PasswordNeverExpires $true");
            assertThat(a.risks()).contains(Risk.NEEDS_ELEVATION);
        });
        Change c = demo.session.apply(plan).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(w.find("smartermail_svc")).hasValueSatisfying(u -> {
            assertThat(u.passwordNeverExpires()).isTrue();
            assertThat(u.mustChangePassword()).isFalse();
            assertThat(u.description()).isEqualTo("SmarterMail service account");
        });
        char[] shown = demo.connection.target().context().passwordToShowOnce().orElseThrow();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(20);
        assertThat(demo.connection.target().context().passwordToShowOnce()).as("only once").isEmpty();
        assertThat(Files.readString(demo.journal.file())).doesNotContain(new String(shown));
        assertThat(demo.connection.target().context().toString()).doesNotContain(new String(shown));

        demo.session.undo(c.id()).orElseThrow();
        assertThat(w.find("smartermail_svc")).isEmpty();
    }

    @Test
    void aBadAccountNameNamesTheField() {
        demo.session.probeNow(Guide.SERVICE_ACCOUNT);
        assertThatThrownBy(() -> demo.session.plan(Guide.SERVICE_ACCOUNT, Settings.EMPTY.with(ServiceAccountStep.ACCOUNT, "smart/mail")))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("Service account: “smart/mail” is not a local account name");
    }

    @Test
    void aDomainAccountIsRefusedRatherThanTakenForALocalOneOfTheSameName() {
        apply(Guide.SERVICE_ACCOUNT);
        apply(Guide.LOGON_AS_SERVICE);
        apply(Guide.FOLDER_PERMISSIONS);
        demo.session.probeNow(Guide.SERVICE_IDENTITY);
        assertThatThrownBy(() -> demo.session.plan(Guide.SERVICE_IDENTITY, Settings.EMPTY.with(ServiceIdentityStep.LOGON, "CONTOSO\\smartermail_svc")))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("Service logs on as: “CONTOSO\\smartermail_svc” is not a local account of this computer");
        demo.session.probeNow(Guide.APP_POOL_IDENTITY);
        assertThatThrownBy(() -> demo.session.plan(Guide.APP_POOL_IDENTITY, Settings.EMPTY.with(AppPoolIdentityStep.IDENTITY, "CONTOSO\\smartermail_svc")))
                .hasMessageContaining("is not a local account of this computer");
        String here = w.host().computerName() + "\\smartermail_svc";
        assertThat(demo.session.plan(Guide.SERVICE_IDENTITY, Settings.EMPTY.with(ServiceIdentityStep.LOGON, here)).actions()).isNotEmpty();
        assertThat(w.lookup("SmarterMail").orElseThrow().account()).isEqualTo("LocalSystem");
    }

    @Test
    void theOrderOfTheSectionIsEnforced() {
        Finding right = demo.session.probeNow(Guide.LOGON_AS_SERVICE);
        assertThat(right.reason().text()).contains("does not exist yet: do “A local service account” first");
        assertThatThrownBy(() -> demo.session.plan(Guide.LOGON_AS_SERVICE, Settings.EMPTY)).hasMessageContaining("first");
        apply(Guide.SERVICE_ACCOUNT);
        assertThatThrownBy(() -> demo.session.plan(Guide.SERVICE_IDENTITY, Settings.EMPTY))
                .hasMessageContaining("may not log on as a service yet").hasMessageContaining("error 1069");
        apply(Guide.LOGON_AS_SERVICE);
        assertThatThrownBy(() -> demo.session.plan(Guide.SERVICE_IDENTITY, Settings.EMPTY))
                .hasMessageContaining("does not have Modify on " + SimulatedWindows.INSTALL_FOLDER)
                .hasMessageContaining("do “Folder permissions” first");
        assertThat(w.lookup("SmarterMail").orElseThrow().account()).isEqualTo("LocalSystem");
    }

    @Test
    void theWholeSectionRunsInOrderAndEveryStepEndsApplied() {
        for (Guide g : Guide.in(lockdown.core.Section.CUSTOM_USER)) {
            Change c = apply(g);
            assertThat(c.outcome()).as(g.id()).isEqualTo(Outcome.VERIFIED);
            assertThat(demo.session.status(g)).as(g.id()).isEqualTo(Status.APPLIED);
        }
        ServiceInfo s = w.lookup("SmarterMail").orElseThrow();
        assertThat(s.account()).isEqualTo(".\\smartermail_svc");
        assertThat(s.state()).isEqualTo(ServiceInfo.State.RUNNING);
        assertThat(w.appPool("SmarterMail").identityType()).isEqualTo("SpecificUser");
        assertThat(w.rightsOf("smartermail_svc")).contains(UserRights.SERVICE_LOGON, UserRights.BATCH_LOGON);
        assertThat(FolderPermissionsStep.hasModify(w.host(), SimulatedWindows.DATA_FOLDER + "\\Domains", "smartermail_svc")).isTrue();
        assertThatThrownBy(() -> demo.session.undo(demo.session.view(Guide.SERVICE_ACCOUNT).changes().getFirst().id()))
                .hasMessageContaining("still used by the SmarterMail service");
    }

    @Test
    void aServiceThatWillNotStartGetsItsPreviousAccountBackAndSaysWhy() {
        apply(Guide.SERVICE_ACCOUNT);
        apply(Guide.LOGON_AS_SERVICE);
        apply(Guide.FOLDER_PERMISSIONS);
        demo.session.probeNow(Guide.SERVICE_IDENTITY);
        Plan plan = demo.session.plan(Guide.SERVICE_IDENTITY, Settings.EMPTY.with(ServiceIdentityStep.LOGON, ".\\smartermail_svc"));
        assertThat(plan.risks()).contains(Risk.RESTARTS_SERVICE);
        assertThat(plan.actions()).extracting(a -> a.command()).anySatisfy(cmd -> assertThat(cmd)
                .isEqualTo("sc.exe config SmarterMail obj= .\\smartermail_svc password= <password>"));
        w.revoke("smartermail_svc", UserRights.SERVICE_LOGON);
        Change c = demo.session.apply(plan).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(c.result().text()).contains("error 1069").contains("rolled back");
        ServiceInfo s = w.lookup("SmarterMail").orElseThrow();
        assertThat(s.account()).isEqualTo("LocalSystem");
        assertThat(s.state()).isEqualTo(ServiceInfo.State.RUNNING);
    }

    @Test
    void anAccountTheWizardDidNotCreateNeedsItsPasswordTyped() {
        w.create("mailsvc", "made by hand", "Hand-Made-Password-1".toCharArray());
        w.grant("mailsvc", UserRights.SERVICE_LOGON);
        w.grantModify(SimulatedWindows.INSTALL_FOLDER, "mailsvc");
        w.grantModify(SimulatedWindows.DATA_FOLDER, "mailsvc");
        demo.session.probeNow(Guide.SERVICE_IDENTITY);
        assertThatThrownBy(() -> demo.session.plan(Guide.SERVICE_IDENTITY, Settings.EMPTY.with(ServiceIdentityStep.LOGON, ".\\mailsvc")))
                .hasMessageContaining("Password of the account: the wizard does not know mailsvc’s password");
        Change c = demo.session.apply(demo.session.plan(Guide.SERVICE_IDENTITY, Settings.EMPTY.with(ServiceIdentityStep.LOGON, ".\\mailsvc")
                .with(ServiceIdentityStep.PASSWORD, "Hand-Made-Password-1"))).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(Files.exists(demo.journal.file())).isTrue();
        demo.session.undo(c.id()).orElseThrow();
        assertThat(w.lookup("SmarterMail").orElseThrow().account()).isEqualTo("LocalSystem");
    }

    @Test
    void folderPermissionUndoRemovesExactlyTheEntryAdded() {
        apply(Guide.SERVICE_ACCOUNT);
        Change c = apply(Guide.FOLDER_PERMISSIONS);
        assertThat(c.actions()).hasSize(2);
        assertThat(demo.session.view(Guide.FOLDER_PERMISSIONS).latest().details())
                .anySatisfy(d -> assertThat(d.text()).contains("smartermail_svc"));
        demo.session.undo(c.id()).orElseThrow();
        assertThat(w.read(SimulatedWindows.DATA_FOLDER)).extracting(a -> a.account())
                .containsExactly("NT AUTHORITY\\SYSTEM", "BUILTIN\\Administrators", "BUILTIN\\Users");
    }

    @Test
    void anEntryTheAccountHadBeforeIsPutBackExactlyByUndo() throws Exception {
        apply(Guide.SERVICE_ACCOUNT);
        String sid = w.find("smartermail_svc").orElseThrow().sid();
        var readExecute = lockdown.windows.AclEntry.allow("MAIL01\\smartermail_svc", sid, 0x1200A9);
        w.restore(SimulatedWindows.DATA_FOLDER, "smartermail_svc", java.util.List.of(readExecute));
        Change c = apply(Guide.FOLDER_PERMISSIONS);
        assertThat(c.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(Files.readString(demo.journal.file())).as("the entries it had are journaled").contains(sid).contains("1179817");
        demo.session.undo(c.id()).orElseThrow();
        assertThat(w.read(SimulatedWindows.DATA_FOLDER)).filteredOn(a -> a.sid().equals(sid)).as("read and execute is still there")
                .containsExactly(readExecute);
        assertThat(w.read(SimulatedWindows.INSTALL_FOLDER)).noneMatch(a -> a.sid().equals(sid));
    }

    @Test
    void aDomainAccountsEntryIsNotTakenForTheLocalAccountsOwn() {
        apply(Guide.SERVICE_ACCOUNT);
        w.restore(SimulatedWindows.DATA_FOLDER, "smartermail_svc", java.util.List.of());
        var explicit = new java.util.ArrayList<>(w.read(SimulatedWindows.DATA_FOLDER));
        explicit.add(lockdown.windows.AclEntry.allow("CORP\\smartermail_svc", "S-1-5-21-99-1104", lockdown.windows.AclEntry.MODIFY));
        w.create("helper", "", "x".toCharArray());
        // The domain entry, written as the sim stores explicit entries of another SID.
        w.restore(SimulatedWindows.DATA_FOLDER, "helper", java.util.List.of(explicit.getLast()));
        Finding f = demo.session.probeNow(Guide.FOLDER_PERMISSIONS);
        assertThat(f.current().get(FolderPermissionsStep.DATA_OK)).as("CORP\\smartermail_svc is another account").isFalse();
    }

    @Test
    void aServiceRunningAsADomainOrVirtualAccountMakesTheSectionManual() {
        for (String account : java.util.List.of("CORP\\svc-mail", "NT SERVICE\\SmarterMail", "CORP\\gmsa-mail$")) {
            w.serviceLogsOnAs(account);
            for (Guide g : java.util.List.of(Guide.SERVICE_ACCOUNT, Guide.LOGON_AS_SERVICE, Guide.FOLDER_PERMISSIONS,
                    Guide.SERVICE_IDENTITY)) {
                Finding f = demo.session.probeNow(g);
                assertThat(f.result()).as(account + " " + g.id()).isEqualTo(ProbeResult.MANUAL);
                assertThat(f.reason().text()).contains(account).contains("not a local account");
            }
            assertThat(w.find("svc-mail")).isEmpty();
        }
    }

    @Test
    void aSlowStartIsStoppedBeforeTheOldAccountIsPutBack() {
        apply(Guide.SERVICE_ACCOUNT);
        apply(Guide.LOGON_AS_SERVICE);
        apply(Guide.FOLDER_PERMISSIONS);
        w.slowNextStart(java.time.Duration.ofMinutes(5));
        Change c = apply(Guide.SERVICE_IDENTITY);
        assertThat(c.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(c.result().text()).contains("did not reach “running” within 120 seconds");
        ServiceInfo s = w.lookup("SmarterMail").orElseThrow();
        assertThat(s.account()).isEqualTo("LocalSystem");
        assertThat(s.state()).isEqualTo(ServiceInfo.State.RUNNING);
        assertThat(w.processAccount("SmarterMail")).as("not still starting as the new account").contains("LocalSystem");
    }

    @Test
    void theServiceAccountIsDeniedConsoleAndRemoteDesktopLogonAndUndoTakesItBack() {
        apply(Guide.SERVICE_ACCOUNT);
        assertThat(w.find("smartermail_svc").orElseThrow().cannotChangePassword()).isTrue();
        Change c = apply(Guide.LOGON_AS_SERVICE);
        assertThat(c.actions()).hasSize(3);
        assertThat(w.rightsOf("smartermail_svc")).containsExactlyInAnyOrder(UserRights.SERVICE_LOGON, UserRights.DENY_INTERACTIVE,
                UserRights.DENY_REMOTE_INTERACTIVE);
        assertThat(demo.session.status(Guide.LOGON_AS_SERVICE)).isEqualTo(Status.APPLIED);
        demo.session.undo(c.id()).orElseThrow();
        assertThat(w.rightsOf("smartermail_svc")).isEmpty();
    }

    @Test
    void withoutElevationWindowsRefusesAndNothingChanges() {
        w.elevated(false);
        demo.session.probeNow(Guide.SERVICE_ACCOUNT);
        Change c = demo.session.apply(demo.session.plan(Guide.SERVICE_ACCOUNT, Settings.EMPTY)).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(c.result().text()).contains("needs administrator rights");
        assertThat(w.find("smartermail_svc")).isEmpty();
    }
}
