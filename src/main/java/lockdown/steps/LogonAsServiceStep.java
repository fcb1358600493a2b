package lockdown.steps;

import java.util.ArrayList;
import java.util.List;
import lockdown.core.Action;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import lockdown.core.Plan;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.ProbeResult;
import lockdown.core.Target;
import lockdown.windows.Commands;
import lockdown.windows.UserRights;
import lockdown.windows.WindowsHost;

/**
 * The service account holds "Log on as a service" (SeServiceLogonRight) and, least privilege, may not
 * log on at the console (SeDenyInteractiveLogonRight) or through Remote Desktop
 * (SeDenyRemoteInteractiveLogonRight): it only runs SmarterMail. Needs the account first. Undo
 * revokes what the change granted.
 */
final class LogonAsServiceStep extends AccountStep {

    static final Setting<String> ACCOUNT = Setting.text("account");
    static final Setting<Boolean> HAS_RIGHT = Setting.flagInfo("logon-right");
    static final Setting<Boolean> DENY_LOCAL = Setting.flagInfo("deny-local-logon");
    static final Setting<Boolean> DENY_RDP = Setting.flagInfo("deny-remote-desktop");

    /** A flag and the right that makes it true. */

    LogonAsServiceStep() {
        super(Guide.LOGON_AS_SERVICE, SETTINGS);
    }

    private record Right(Setting<Boolean> flag, String right) {
    }

    private static final List<Right> RIGHTS = List.of(new Right(HAS_RIGHT, UserRights.SERVICE_LOGON),
            new Right(DENY_LOCAL, UserRights.DENY_INTERACTIVE), new Right(DENY_RDP, UserRights.DENY_REMOTE_INTERACTIVE));

    private static final List<Setting<?>> SETTINGS = List.of(ACCOUNT, HAS_RIGHT, DENY_LOCAL, DENY_RDP);

    @Override
    Finding probe(Target target, WindowsHost w, Install install, String name) {
        Settings recommended = Settings.EMPTY.with(ACCOUNT, name).with(HAS_RIGHT, true).with(DENY_LOCAL, true).with(DENY_RDP, true);
        Msg evidence = Msg.of("evidence.windows", "LsaEnumerateAccountRights");
        if (w.accounts().find(name).isEmpty()) {
            return Finding.of(id(), ProbeResult.AT_RISK, Settings.EMPTY.with(ACCOUNT, name).with(HAS_RIGHT, false), recommended,
                    Msg.of("order.account-first", name, Guide.SERVICE_ACCOUNT.title()), evidence, List.of());
        }
        Settings current = held(w, name);
        Msg reason;
        if (!current.get(HAS_RIGHT)) {
            reason = Msg.of("logon-right.missing", name);
        } else if (!current.get(DENY_LOCAL) || !current.get(DENY_RDP)) {
            reason = Msg.of("logon-right.may-log-on", name);
        } else {
            reason = Msg.of("logon-right.ok", name);
        }
        boolean ok = current.get(HAS_RIGHT) && current.get(DENY_LOCAL) && current.get(DENY_RDP);
        return Finding.of(id(), ok ? ProbeResult.COMPLIANT : ProbeResult.AT_RISK, current, recommended, reason, evidence, List.of());
    }

    private static Settings held(WindowsHost w, String name) {
        var rights = w.rights().rightsOf(name);
        Settings s = Settings.EMPTY.with(ACCOUNT, name);
        for (Right r : RIGHTS) {
            s = s.with(r.flag(), rights.contains(r.right()));
        }
        return s;
    }

    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        WindowsHost w = windows(target);
        String name = Accounts.checked(ACCOUNT.key(), desired.has(ACCOUNT) ? desired.get(ACCOUNT) : current.current().get(ACCOUNT));
        if (w.accounts().find(name).isEmpty()) {
            throw new InvalidSettingsException(ACCOUNT.key(), Msg.of("order.account-first", name, Guide.SERVICE_ACCOUNT.title()));
        }
        Settings before = held(w, name);
        Settings after = Settings.EMPTY.with(ACCOUNT, name);
        List<Action> actions = new ArrayList<>();
        String account = Accounts.local(name);
        for (Right r : RIGHTS) {
            boolean has = before.get(r.flag());
            boolean want = desired.get(r.flag(), true);
            after = after.with(r.flag(), want);
            String right = r.right();
            if (want && !has) {
                actions.add(new Action(Msg.of("logon-right.action-grant", name, UserRights.label(right)),
                        Commands.display(Commands.grantRight(account, right)), ELEVATED,
                        () -> w.rights().grant(name, right), () -> revokeIfHeld(w, name, right)));
            } else if (!want && has) {
                actions.add(new Action(Msg.of("logon-right.action-revoke", name, UserRights.label(right)),
                        Commands.display(Commands.revokeRight(account, right)), ELEVATED,
                        () -> revokeIfHeld(w, name, right), () -> w.rights().grant(name, right)));
            }
        }
        boolean granting = !before.get(HAS_RIGHT) && after.get(HAS_RIGHT);
        return new Plan(id(), before, after, actions, granting ? List.of(Msg.of("logon-right.warn-gpo")) : List.of());
    }

    /** A revert that is safe whether or not the grant took place. */
    private static void revokeIfHeld(WindowsHost w, String name, String right) {
        if (w.rights().rightsOf(name).contains(right)) {
            w.rights().revoke(name, right);
        }
    }
}
