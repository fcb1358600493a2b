package lockdown.steps;

import java.util.List;
import lockdown.core.Action;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.InvalidSettingsException;
import lockdown.core.Msg;
import lockdown.core.Plan;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.Status;
import lockdown.core.Target;
import lockdown.windows.Commands;
import lockdown.windows.UserRights;
import lockdown.windows.WindowsHost;

/** The service account holds "Log on as a service" (SeServiceLogonRight). Needs the account first. */
final class LogonAsServiceStep extends WindowsStep {

    static final String ACCOUNT = "account";
    static final String HAS_RIGHT = "logon-right";

    private static final List<Setting> SETTINGS = List.of(Setting.text(ACCOUNT), ServiceAccountStep.flagInfo(HAS_RIGHT));

    @Override
    public Guide id() {
        return Guide.LOGON_AS_SERVICE;
    }

    @Override
    public List<Setting> settings() {
        return SETTINGS;
    }

    @Override
    Finding probe(Target target, WindowsHost w, Install install) {
        String name = ServiceAccountStep.accountFor(target, install);
        Settings recommended = Settings.EMPTY.with(ACCOUNT, name).with(HAS_RIGHT, true);
        if (w.accounts().find(name).isEmpty()) {
            return Finding.of(id(), Status.AT_RISK, Settings.EMPTY.with(ACCOUNT, name).with(HAS_RIGHT, false), recommended,
                    Msg.of("order.account-first", name, Guide.SERVICE_ACCOUNT.title()), Msg.of("evidence.windows",
                            "LsaEnumerateAccountRights"), List.of());
        }
        boolean has = w.rights().rightsOf(name).contains(UserRights.SERVICE_LOGON);
        return Finding.of(id(), has ? Status.COMPLIANT : Status.AT_RISK, Settings.EMPTY.with(ACCOUNT, name).with(HAS_RIGHT, has),
                recommended, Msg.of(has ? "logon-right.ok" : "logon-right.missing", name),
                Msg.of("evidence.windows", "LsaEnumerateAccountRights"), List.of());
    }

    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        WindowsHost w = windows(target);
        String name = Accounts.checked(ACCOUNT, desired.has(ACCOUNT) ? desired.string(ACCOUNT) : current.current().string(ACCOUNT));
        if (w.accounts().find(name).isEmpty()) {
            throw new InvalidSettingsException(ACCOUNT, Msg.of("order.account-first", name, Guide.SERVICE_ACCOUNT.title()));
        }
        boolean has = w.rights().rightsOf(name).contains(UserRights.SERVICE_LOGON);
        boolean want = !desired.has(HAS_RIGHT) || desired.flag(HAS_RIGHT);
        Settings before = Settings.EMPTY.with(ACCOUNT, name).with(HAS_RIGHT, has);
        Settings after = Settings.EMPTY.with(ACCOUNT, name).with(HAS_RIGHT, want);
        if (has == want) {
            return new Plan(id(), before, after, List.of(), List.of());
        }
        String account = Accounts.local(name);
        Action grant = new Action(Msg.of("logon-right.action-grant", name),
                Commands.display(Commands.grantRight(account, UserRights.SERVICE_LOGON)), ELEVATED,
                () -> w.rights().grant(name, UserRights.SERVICE_LOGON), () -> w.rights().revoke(name, UserRights.SERVICE_LOGON));
        Action revoke = new Action(Msg.of("logon-right.action-revoke", name),
                Commands.display(Commands.revokeRight(account, UserRights.SERVICE_LOGON)), ELEVATED,
                () -> w.rights().revoke(name, UserRights.SERVICE_LOGON), () -> w.rights().grant(name, UserRights.SERVICE_LOGON));
        return new Plan(id(), before, after, List.of(want ? grant : revoke), want ? List.of(Msg.of("logon-right.warn-gpo")) : List.of());
    }
}
