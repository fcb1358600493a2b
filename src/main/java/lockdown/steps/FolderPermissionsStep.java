package lockdown.steps;

import java.util.ArrayList;
import java.util.List;
import lockdown.core.Action;
import lockdown.core.Detail;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.InvalidSettingsException;
import lockdown.core.Msg;
import lockdown.core.Plan;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.Status;
import lockdown.core.Target;
import lockdown.windows.AclEntry;
import lockdown.windows.Commands;
import lockdown.windows.WindowsHost;

/**
 * The service account has Modify, inherited by every subfolder and file, on SmarterMail's install
 * and data folders. Undo removes exactly the entry the wizard added.
 */
final class FolderPermissionsStep extends WindowsStep {

    static final String ACCOUNT = "account";
    static final String INSTALL = "install-folder";
    static final String DATA = "data-folder";
    static final String INSTALL_OK = "install-folder-modify";
    static final String DATA_OK = "data-folder-modify";

    private static final List<Setting> SETTINGS = List.of(Setting.text(ACCOUNT), Setting.text(INSTALL), Setting.text(DATA),
            ServiceAccountStep.flagInfo(INSTALL_OK), ServiceAccountStep.flagInfo(DATA_OK));

    @Override
    public Guide id() {
        return Guide.FOLDER_PERMISSIONS;
    }

    @Override
    public List<Setting> settings() {
        return SETTINGS;
    }

    @Override
    Finding probe(Target target, WindowsHost w, Install install) {
        String name = ServiceAccountStep.accountFor(target, install);
        boolean exists = w.accounts().find(name).isPresent();
        boolean installOk = exists && hasModify(w, install.installFolder(), name);
        boolean dataOk = exists && hasModify(w, install.dataFolder(), name);
        Settings current = Settings.EMPTY.with(ACCOUNT, name).with(INSTALL, install.installFolder()).with(DATA, install.dataFolder())
                .with(INSTALL_OK, installOk).with(DATA_OK, dataOk);
        Settings recommended = current.with(INSTALL_OK, true).with(DATA_OK, true);
        List<Detail> details = new ArrayList<>();
        install.notes().forEach(n -> details.add(Detail.of(n)));
        for (String f : List.of(install.installFolder(), install.dataFolder())) {
            details.add(w.acls().exists(f) ? Detail.of(Msg.of("folders.entries", f, summary(w.acls().read(f))))
                    : Detail.flagged(Msg.of("folders.missing", f)));
        }
        Msg reason = !exists ? Msg.of("order.account-first", name, Guide.SERVICE_ACCOUNT.title())
                : installOk && dataOk ? Msg.of("folders.ok", name) : Msg.of("folders.at-risk", name);
        return Finding.of(id(), installOk && dataOk ? Status.COMPLIANT : Status.AT_RISK, current, recommended, reason,
                Msg.of("evidence.windows", "GetNamedSecurityInfo"), details);
    }

    static boolean hasModify(WindowsHost w, String folder, String account) {
        return w.acls().exists(folder) && w.acls().read(folder).stream()
                .anyMatch(a -> Accounts.same(a.account(), account) && a.grantsInheritedModify());
    }

    private static String summary(List<AclEntry> entries) {
        return String.join(", ", entries.stream().map(a -> a.account() + (a.inherited() ? " (inherited)" : "")).distinct().toList());
    }

    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        WindowsHost w = windows(target);
        Settings c = current.current();
        String name = Accounts.checked(ACCOUNT, desired.has(ACCOUNT) ? desired.string(ACCOUNT) : c.string(ACCOUNT));
        if (w.accounts().find(name).isEmpty()) {
            throw new InvalidSettingsException(ACCOUNT, Msg.of("order.account-first", name, Guide.SERVICE_ACCOUNT.title()));
        }
        String install = desired.has(INSTALL) ? desired.string(INSTALL).strip() : c.string(INSTALL);
        String data = desired.has(DATA) ? desired.string(DATA).strip() : c.string(DATA);
        List<Action> actions = new ArrayList<>();
        Settings before = Settings.EMPTY.with(ACCOUNT, name).with(INSTALL, install).with(DATA, data);
        Settings after = before;
        for (String[] f : new String[][] {{INSTALL, install, INSTALL_OK}, {DATA, data, DATA_OK}}) {
            if (!w.acls().exists(f[1])) {
                throw new InvalidSettingsException(f[0], Msg.of("folders.missing", f[1]));
            }
            boolean has = hasModify(w, f[1], name);
            boolean want = !desired.has(f[2]) || desired.flag(f[2]);
            before = before.with(f[2], has);
            after = after.with(f[2], want);
            String folder = f[1];
            if (want && !has) {
                actions.add(new Action(Msg.of("folders.action-grant", name, folder), Commands.display(Commands.icaclsGrant(folder, name)),
                        ELEVATED, () -> w.acls().grantModify(folder, name), () -> w.acls().revokeModify(folder, name)));
            } else if (!want && has) {
                actions.add(new Action(Msg.of("folders.action-revoke", name, folder), Commands.display(Commands.icaclsRemove(folder, name)),
                        ELEVATED, () -> w.acls().revokeModify(folder, name), () -> w.acls().grantModify(folder, name)));
            }
        }
        return new Plan(id(), before, after, actions, actions.isEmpty() ? List.of() : List.of(Msg.of("folders.warn-time")));
    }
}
