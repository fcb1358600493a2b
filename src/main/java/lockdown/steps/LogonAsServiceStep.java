package lockdown.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lockdown.core.Action;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import lockdown.core.Plan;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.Status;
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
final class LogonAsServiceStep extends WindowsStep {

    static final String ACCOUNT = "account";
    static final String HAS_RIGHT = "logon-right";
    static final String DENY_LOCAL = "deny-local-logon";
    static final String DENY_RDP = "deny-remote-desktop";

    /** Each flag and the right that makes it true. */
    private static final List<String[]> RIGHTS = List.of(new String[] {HAS_RIGHT, UserRights.SERVICE_LOGON},
            new String[] {DENY_LOCAL, UserRights.DENY_INTERACTIVE}, new String[] {DENY_RDP, UserRights.DENY_REMOTE_INTERACTIVE});

    private static final List<Setting> SETTINGS = List.of(Setting.text(ACCOUNT), ServiceAccountStep.flagInfo(HAS_RIGHT),
            ServiceAccountStep.flagInfo(DENY_LOCAL), ServiceAccountStep.flagInfo(DENY_RDP));

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
        Optional<Finding> other = ServiceAccountStep.notLocal(id(), install, w);
        if (other.isPresent()) {
            return other.get();
        }
        String name = ServiceAccountStep.accountFor(target, install);
        Settings recommended = Settings.EMPTY.with(ACCOUNT, name).with(HAS_RIGHT, true).with(DENY_LOCAL, true).with(DENY_RDP, true);
        Msg evidence = Msg.of("evidence.windows", "LsaEnumerateAccountRights");
        if (w.accounts().find(name).isEmpty()) {
            return Finding.of(id(), Status.AT_RISK, Settings.EMPTY.with(ACCOUNT, name).with(HAS_RIGHT, false), recommended,
                    Msg.of("order.account-first", name, Guide.SERVICE_ACCOUNT.title()), evidence, List.of());
        }
        Settings current = held(w, name);
        Msg reason;
        if (!current.flag(HAS_RIGHT)) {
            reason = Msg.of("logon-right.missing", name);
        } else if (!current.flag(DENY_LOCAL) || !current.flag(DENY_RDP)) {
            reason = Msg.of("logon-right.may-log-on", name);
        } else {
            reason = Msg.of("logon-right.ok", name);
        }
        boolean ok = current.flag(HAS_RIGHT) && current.flag(DENY_LOCAL) && current.flag(DENY_RDP);
        return Finding.of(id(), ok ? Status.COMPLIANT : Status.AT_RISK, current, recommended, reason, evidence, List.of());
    }

    private static Settings held(WindowsHost w, String name) {
        var rights = w.rights().rightsOf(name);
        Settings s = Settings.EMPTY.with(ACCOUNT, name);
        for (String[] r : RIGHTS) {
            s = s.with(r[0], rights.contains(r[1]));
        }
        return s;
    }

    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        WindowsHost w = windows(target);
        String name = Accounts.checked(ACCOUNT, desired.has(ACCOUNT) ? desired.string(ACCOUNT) : current.current().string(ACCOUNT));
        if (w.accounts().find(name).isEmpty()) {
            throw new InvalidSettingsException(ACCOUNT, Msg.of("order.account-first", name, Guide.SERVICE_ACCOUNT.title()));
        }
        Settings before = held(w, name);
        Settings after = Settings.EMPTY.with(ACCOUNT, name);
        List<Action> actions = new ArrayList<>();
        String account = Accounts.local(name);
        for (String[] r : RIGHTS) {
            boolean has = before.flag(r[0]);
            boolean want = !desired.has(r[0]) || desired.flag(r[0]);
            after = after.with(r[0], want);
            String right = r[1];
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
        boolean granting = !before.flag(HAS_RIGHT) && after.flag(HAS_RIGHT);
        return new Plan(id(), before, after, actions, granting ? List.of(Msg.of("logon-right.warn-gpo")) : List.of());
    }

    /** A revert that is safe whether or not the grant took place. */
    private static void revokeIfHeld(WindowsHost w, String name, String right) {
        if (w.rights().rightsOf(name).contains(right)) {
            w.rights().revoke(name, right);
        }
    }
}
