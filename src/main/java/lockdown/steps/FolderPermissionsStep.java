package lockdown.steps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lockdown.core.Action;
import lockdown.core.Detail;
import lockdown.base.Fields;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import lockdown.core.Plan;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.ProbeResult;
import lockdown.core.Target;
import lockdown.windows.AclEntry;
import lockdown.windows.Commands;
import lockdown.windows.LocalUser;
import lockdown.windows.WindowsHost;

/**
 * The service account has Modify, inherited by every subfolder and file, on SmarterMail's install
 * and data folders. Entries are compared by SID, not by name ("CORP\x" is not ".\x"). Windows merges
 * the grant into an entry the account may already have, so before granting, the account's own
 * entries on each folder are kept (in the journal too), and undo puts back exactly those.
 */
final class FolderPermissionsStep extends AccountStep {

    static final Setting<String> ACCOUNT = Setting.text("account");
    static final Setting<String> INSTALL = Setting.text("install-folder");
    static final Setting<String> DATA = Setting.text("data-folder");
    static final Setting<Boolean> INSTALL_OK = Setting.flagInfo("install-folder-modify");
    static final Setting<Boolean> DATA_OK = Setting.flagInfo("data-folder-modify");
    static final Setting<Fields> INSTALL_ENTRIES = Setting.record("install-folder-entries");
    static final Setting<Fields> DATA_ENTRIES = Setting.record("data-folder-entries");

    private static final List<Setting<?>> SETTINGS = List.of(ACCOUNT, INSTALL, DATA, INSTALL_OK, DATA_OK, INSTALL_ENTRIES, DATA_ENTRIES);

    /** One folder: where it is, whether the account may modify it, and the account's own entries on it. */

    FolderPermissionsStep() {
        super(Guide.FOLDER_PERMISSIONS, SETTINGS);
    }

    private record Folder(Setting<String> field, String path, Setting<Boolean> ok, Setting<Fields> entries) {
    }

    @Override
    Finding probe(Target target, WindowsHost w, Install install, String name) {
        Optional<LocalUser> user = w.accounts().find(name);
        boolean exists = user.isPresent();
        boolean installOk = exists && hasModify(w, install.installFolder(), name);
        boolean dataOk = exists && hasModify(w, install.dataFolder(), name);
        Settings current = Settings.EMPTY.with(ACCOUNT, name).with(INSTALL, install.installFolder()).with(DATA, install.dataFolder())
                .with(INSTALL_OK, installOk).with(DATA_OK, dataOk);
        if (exists) {
            current = current.with(INSTALL_ENTRIES, snapshot(w, install.installFolder(), user.get()))
                    .with(DATA_ENTRIES, snapshot(w, install.dataFolder(), user.get()));
        }
        Settings recommended = current.without(INSTALL_ENTRIES).without(DATA_ENTRIES).with(INSTALL_OK, true).with(DATA_OK, true);
        List<Detail> details = new ArrayList<>();
        install.notes().forEach(n -> details.add(Detail.of(n)));
        for (String f : List.of(install.installFolder(), install.dataFolder())) {
            details.add(w.acls().exists(f) ? Detail.of(Msg.of("folders.entries", f, summary(w.acls().read(f))))
                    : Detail.flagged(Msg.of("folders.missing", f)));
        }
        Msg reason = !exists ? Msg.of("order.account-first", name, Guide.SERVICE_ACCOUNT.title())
                : installOk && dataOk ? Msg.of("folders.ok", name) : Msg.of("folders.at-risk", name);
        return Finding.of(id(), installOk && dataOk ? ProbeResult.COMPLIANT : ProbeResult.AT_RISK, current, recommended, reason,
                Msg.of("evidence.windows", "GetNamedSecurityInfo"), details);
    }

    /** Whether the local account (by its SID) has Modify on the folder and everything below it. */
    static boolean hasModify(WindowsHost w, String folder, String account) {
        Optional<LocalUser> user = w.accounts().find(account);
        return user.isPresent() && w.acls().exists(folder) && w.acls().read(folder).stream()
                .anyMatch(a -> a.sid().equalsIgnoreCase(user.get().sid()) && a.grantsInheritedModify());
    }

    /** The account's own (explicit) entries on a folder, as a record the journal keeps. */
    static Fields snapshot(WindowsHost w, String folder, LocalUser user) {
        List<Map<String, Object>> entries = new ArrayList<>();
        if (w.acls().exists(folder)) {
            for (AclEntry a : w.acls().read(folder)) {
                if (!a.inherited() && a.sid().equalsIgnoreCase(user.sid())) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("account", a.account());
                    m.put("sid", a.sid());
                    m.put("allow", a.allow());
                    m.put("mask", a.mask());
                    m.put("flags", a.flags());
                    entries.add(m);
                }
            }
        }
        return new Fields(Map.of("entries", entries));
    }

    /** The inverse of {@link #snapshot}. */
    static List<AclEntry> entries(Fields snapshot) {
        List<AclEntry> out = new ArrayList<>();
        if (snapshot.get("entries") instanceof List<?> list) {
            for (Object o : list) {
                Map<?, ?> m = (Map<?, ?>) o;
                out.add(new AclEntry(String.valueOf(m.get("account")), String.valueOf(m.get("sid")), ((Number) m.get("mask")).intValue(),
                        Boolean.TRUE.equals(m.get("allow")), ((Number) m.get("flags")).intValue()));
            }
        }
        return out;
    }

    private static String summary(List<AclEntry> entries) {
        return String.join(", ", entries.stream().map(a -> a.account() + (a.inherited() ? " (inherited)" : "")).distinct().toList());
    }

    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        WindowsHost w = windows(target);
        Settings c = current.current();
        String name = Accounts.checked(ACCOUNT.key(), desired.has(ACCOUNT) ? desired.get(ACCOUNT) : c.get(ACCOUNT));
        LocalUser user = w.accounts().find(name)
                .orElseThrow(() -> new InvalidSettingsException(ACCOUNT.key(), Msg.of("order.account-first", name, Guide.SERVICE_ACCOUNT.title())));
        String install = desired.has(INSTALL) ? desired.get(INSTALL).strip() : c.get(INSTALL);
        String data = desired.has(DATA) ? desired.get(DATA).strip() : c.get(DATA);
        List<Action> actions = new ArrayList<>();
        Settings before = Settings.EMPTY.with(ACCOUNT, name).with(INSTALL, install).with(DATA, data);
        Settings after = before;
        for (Folder f : List.of(new Folder(INSTALL, install, INSTALL_OK, INSTALL_ENTRIES), new Folder(DATA, data, DATA_OK, DATA_ENTRIES))) {
            String folder = f.path();
            if (!w.acls().exists(folder)) {
                throw new InvalidSettingsException(f.field().key(), Msg.of("folders.missing", folder));
            }
            boolean has = hasModify(w, folder, name);
            Fields own = snapshot(w, folder, user);
            before = before.with(f.ok(), has).with(f.entries(), own);
            if (desired.has(f.entries())) {
                // An undo: exactly the entries the account had before the change.
                Fields wanted = desired.get(f.entries());
                after = after.with(f.entries(), wanted);
                if (!wanted.equals(own)) {
                    List<AclEntry> back = entries(wanted);
                    String shown = back.isEmpty() ? Msg.of("folders.no-entries").text()
                            : String.join("; ", back.stream().map(a -> (a.allow() ? "allow " : "deny ") + Integer.toHexString(a.mask())).toList());
                    actions.add(new Action(Msg.of("folders.action-restore", name, folder, shown),
                            Commands.icaclsRestore(folder, name, back), ELEVATED,
                            () -> w.acls().restore(folder, name, back), () -> w.acls().restore(folder, name, entries(own))));
                }
                continue;
            }
            boolean want = desired.get(f.ok(), true);
            after = after.with(f.ok(), want || has);
            if (want && !has) {
                actions.add(new Action(Msg.of("folders.action-grant", name, folder), Commands.display(Commands.icaclsGrant(folder, name)),
                        ELEVATED, () -> w.acls().grantModify(folder, name), () -> w.acls().restore(folder, name, entries(own))));
            }
        }
        return new Plan(id(), before, after, actions, actions.isEmpty() ? List.of() : List.of(Msg.of("folders.warn-time")));
    }
}
