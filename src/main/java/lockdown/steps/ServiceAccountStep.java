package lockdown.steps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lockdown.core.Action;
import lockdown.core.Detail;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.HostContext;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import lockdown.core.Plan;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.ProbeResult;
import lockdown.base.StepException;
import lockdown.core.Target;
import lockdown.windows.Commands;
import lockdown.windows.LocalAccounts;
import lockdown.windows.LocalUser;
import lockdown.windows.WindowsHost;

/**
 * A local account for SmarterMail: it exists, has a description and a strong password that never
 * expires, and is not asked to change it at the next logon. The wizard generates the password,
 * shows it once, and keeps it in memory only, for the service and application pool steps.
 */
final class ServiceAccountStep extends AccountStep {

    static final Setting<String> ACCOUNT = Setting.text("account");
    static final Setting<String> DESCRIPTION = Setting.text("description");
    static final Setting<Boolean> EXISTS = Setting.flagInfo("account-exists");
    static final Setting<Boolean> NEVER_EXPIRES = Setting.flagInfo("password-never-expires");
    static final Setting<Boolean> MUST_CHANGE = Setting.flagInfo("must-change-password");
    static final Setting<Boolean> CANNOT_CHANGE = Setting.flagInfo("cannot-change-password");

    private static final List<Setting<?>> SETTINGS = List.of(ACCOUNT, DESCRIPTION, EXISTS, NEVER_EXPIRES, MUST_CHANGE, CANNOT_CHANGE);

    ServiceAccountStep() {
        super(Guide.SERVICE_ACCOUNT, SETTINGS);
    }

    @Override
    Finding probe(Target target, WindowsHost w, Install install, String name) {
        HostContext ctx = target.context();
        ctx.account(name);
        Settings recommended = Settings.EMPTY.with(ACCOUNT, name).with(DESCRIPTION, Msg.of("service-account.description").text())
                .with(EXISTS, true).with(NEVER_EXPIRES, true).with(MUST_CHANGE, false).with(CANNOT_CHANGE, true);
        var user = w.accounts().find(name);
        List<Detail> details = new ArrayList<>();
        install.notes().forEach(n -> details.add(Detail.of(n)));
        if (user.isEmpty()) {
            return Finding.of(id(), ProbeResult.AT_RISK, Settings.EMPTY.with(ACCOUNT, name).with(EXISTS, false), recommended,
                    Msg.of("service-account.missing", name), Msg.of("evidence.windows", "NetUserGetInfo"), details);
        }
        LocalUser u = user.get();
        Settings current = values(u);
        List<String> problems = new ArrayList<>();
        if (!u.passwordNeverExpires()) {
            problems.add(Msg.of("service-account.expires").text());
        }
        if (u.mustChangePassword()) {
            problems.add(Msg.of("service-account.must-change").text());
        }
        if (!u.cannotChangePassword()) {
            problems.add(Msg.of("service-account.may-change").text());
        }
        if (u.description().isBlank()) {
            problems.add(Msg.of("service-account.no-description").text());
        }
        if (u.disabled()) {
            problems.add(Msg.of("service-account.disabled").text());
        }
        Msg reason = problems.isEmpty() ? Msg.of("service-account.ok", u.name()) : Msg.of("service-account.at-risk", u.name(),
                String.join("; ", problems));
        return Finding.of(id(), problems.isEmpty() ? ProbeResult.COMPLIANT : ProbeResult.AT_RISK, current,
                recommended.with(DESCRIPTION, u.description().isBlank() ? recommended.get(DESCRIPTION) : u.description()), reason,
                Msg.of("evidence.windows", "NetUserGetInfo"), details);
    }

    private static Settings values(LocalUser u) {
        return Settings.EMPTY.with(ACCOUNT, u.name()).with(DESCRIPTION, u.description()).with(EXISTS, true)
                .with(NEVER_EXPIRES, u.passwordNeverExpires()).with(MUST_CHANGE, u.mustChangePassword())
                .with(CANNOT_CHANGE, u.cannotChangePassword());
    }

    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        LocalAccounts accounts = windows(target).accounts();
        String name = Accounts.checked(ACCOUNT.key(), desired.has(ACCOUNT) ? desired.get(ACCOUNT) : current.current().get(ACCOUNT));
        String description = desired.has(DESCRIPTION) ? desired.get(DESCRIPTION).strip()
                : current.recommended().get(DESCRIPTION);
        if (description.length() > 48) {
            throw new InvalidSettingsException(DESCRIPTION.key(), Msg.of("service-account.description-long"));
        }
        boolean wantExists = !desired.has(EXISTS) || desired.get(EXISTS);
        var existing = accounts.find(name);
        Settings before = existing.map(ServiceAccountStep::values).orElse(Settings.EMPTY.with(ACCOUNT, name).with(EXISTS, false));
        HostContext ctx = target.context();
        List<Action> actions = new ArrayList<>();
        Settings after;
        if (!wantExists) {
            // Only an undo removes the account; refused while SmarterMail still uses it.
            if (existing.isPresent()) {
                guardUnused(target, name);
                actions.add(new Action(Msg.of("service-account.action-delete", name), Commands.display(Commands.netUserDelete(name)),
                        ELEVATED, () -> {
                            if (accounts.find(name).isPresent()) {
                                accounts.delete(name);
                            }
                            ctx.clear();
                        }, () -> {
                            throw new StepException(Msg.of("service-account.cannot-recreate", name));
                        }));
            }
            after = Settings.EMPTY.with(ACCOUNT, name).with(EXISTS, false);
        } else {
            if (existing.isEmpty()) {
                actions.add(new Action(Msg.of("service-account.action-create", name),
                        Commands.display(Commands.netUserAdd(name, description)) + "  &&  "
                                + Commands.display(Commands.neverExpires(name)), ELEVATED, () -> {
                            char[] password = ctx.generatePassword();
                            try {
                                accounts.create(name, description, password);
                            } finally {
                                Arrays.fill(password, '\0');
                            }
                            ctx.account(name);
                        }, () -> {
                            // Safe whether or not the account came to exist.
                            if (accounts.find(name).isPresent()) {
                                accounts.delete(name);
                            }
                            ctx.clear();
                        }));
            } else {
                LocalUser was = existing.get();
                LocalUser fixed = was.withFlags(description, true, false, true);
                if (!fixed.equals(was)) {
                    actions.add(new Action(Msg.of("service-account.action-update", name), Commands.display(Commands.neverExpires(name)),
                            ELEVATED, () -> accounts.update(fixed), () -> accounts.update(was)));
                }
            }
            after = Settings.EMPTY.with(ACCOUNT, name).with(DESCRIPTION, description).with(EXISTS, true).with(NEVER_EXPIRES, true)
                    .with(MUST_CHANGE, false).with(CANNOT_CHANGE, true);
        }
        return new Plan(id(), before, after, actions, existing.isEmpty() && wantExists
                ? List.of(Msg.of("service-account.warn-password")) : List.of());
    }

    private static void guardUnused(Target target, String name) {
        WindowsHost w = windows(target);
        Install install = Install.discover(w);
        boolean service = install.service().map(s -> Accounts.same(s.account(), name, w.computerName())).orElse(false);
        boolean pool = install.site().map(s -> w.iis().appPool(s.appPool()))
                .map(p -> Accounts.same(p.userName(), name, w.computerName())).orElse(false);
        if (service || pool) {
            throw new StepException(Msg.of("service-account.in-use", name));
        }
    }
}
