package lockdown.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lockdown.core.Action;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import lockdown.core.Plan;
import lockdown.core.Risk;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.ProbeResult;
import lockdown.base.StepException;
import lockdown.core.Target;
import lockdown.windows.AppPool;
import lockdown.windows.Commands;
import lockdown.windows.Scripts;
import lockdown.windows.Site;
import lockdown.windows.UserRights;
import lockdown.windows.WindowsHost;

/**
 * The IIS application pool of the SmarterMail site runs as the service account (SpecificUser). The
 * account also gets "Log on as a batch job", which IIS needs to start the pool's worker process.
 */
final class AppPoolIdentityStep extends WindowsStep {

    static final Setting<String> IDENTITY = Setting.text("pool-identity");
    static final Setting<String> PASSWORD = Setting.password("account-password");
    static final String SPECIFIC = "SpecificUser";

    private static final List<Setting<?>> SETTINGS = List.of(IDENTITY, PASSWORD);

    AppPoolIdentityStep() {
        super(Guide.APP_POOL_IDENTITY, SETTINGS);
    }

    @Override
    Finding probe(Target target, WindowsHost w, Install install) {
        if (install.site().isEmpty()) {
            return Finding.manual(id(), install.notes().isEmpty() ? Msg.of("install.no-site", Install.WEB_PORT) : install.notes().getLast());
        }
        Site site = install.site().get();
        AppPool pool = w.iis().appPool(site.appPool());
        if (SPECIFIC.equalsIgnoreCase(pool.identityType()) && Accounts.other(pool.userName(), w.computerName())) {
            return Finding.manual(id(), Msg.of("app-pool.not-local", pool.name(), pool.userName()));
        }
        String name = AccountStep.accountFor(target, install);
        String current = identity(pool);
        boolean ok = SPECIFIC.equalsIgnoreCase(pool.identityType()) && Accounts.same(pool.userName(), name, w.computerName());
        return Finding.of(id(), ok ? ProbeResult.COMPLIANT : ProbeResult.AT_RISK, Settings.EMPTY.with(IDENTITY, current),
                Settings.EMPTY.with(IDENTITY, Accounts.local(name)),
                ok ? Msg.of("app-pool.ok", pool.name(), current) : Msg.of("app-pool.at-risk", pool.name(), site.name(), current),
                Msg.of("evidence.windows", "appcmd list apppool"), List.of());
    }

    /** "ApplicationPoolIdentity", or the user of a SpecificUser pool. */
    static String identity(AppPool pool) {
        return SPECIFIC.equalsIgnoreCase(pool.identityType()) ? pool.userName() : pool.identityType();
    }

    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        WindowsHost w = windows(target);
        Site site = Install.discover(w).site().orElseThrow(() -> new StepException(Msg.of("install.no-site", Install.WEB_PORT)));
        AppPool pool = w.iis().appPool(site.appPool());
        String from = identity(pool);
        String to = desired.has(IDENTITY) ? desired.get(IDENTITY).strip() : current.recommended().get(IDENTITY);
        Settings before = Settings.EMPTY.with(IDENTITY, from);
        Settings after = Settings.EMPTY.with(IDENTITY, to);
        if (from.equalsIgnoreCase(to)) {
            return new Plan(id(), before, after, List.of(), List.of());
        }
        List<Action> actions = new ArrayList<>();
        String poolName = pool.name();
        boolean builtIn = !to.contains("\\") && List.of("ApplicationPoolIdentity", "LocalSystem", "LocalService", "NetworkService")
                .stream().anyMatch(t -> t.equalsIgnoreCase(to));
        if (builtIn) {
            actions.add(new Action(Msg.of("app-pool.action", poolName, from, to),
                    Commands.appcmd(Commands.setAppPoolIdentity(poolName, to, null, null)), ELEVATED,
                    () -> w.iis().setAppPoolIdentity(poolName, to, null, null), () -> {
                        throw new StepException(Msg.of("app-pool.cannot-restore", from));
                    }));
            return new Plan(id(), before, after, actions, List.of());
        }
        String name = Accounts.localName(IDENTITY.key(), to, w.computerName());
        if (w.accounts().find(name).isEmpty()) {
            throw new InvalidSettingsException(IDENTITY.key(), Msg.of("order.account-first", name, Guide.SERVICE_ACCOUNT.title()));
        }
        char[] password = desired.has(PASSWORD) ? desired.get(PASSWORD).toCharArray()
                : target.context().password().filter(p -> Accounts.same(target.context().account(), name, w.computerName()))
                .orElse(null);
        if (password == null) {
            throw new InvalidSettingsException(PASSWORD.key(), Msg.of("service-identity.password-needed", name));
        }
        if (!w.rights().rightsOf(name).contains(UserRights.BATCH_LOGON)) {
            actions.add(new Action(Msg.of("app-pool.action-batch", name),
                    Commands.display(Commands.grantRight(Accounts.local(name), UserRights.BATCH_LOGON)), ELEVATED,
                    () -> w.rights().grant(name, UserRights.BATCH_LOGON), () -> {
                        if (w.rights().rightsOf(name).contains(UserRights.BATCH_LOGON)) {
                            w.rights().revoke(name, UserRights.BATCH_LOGON);
                        }
                    }));
        }
        String oldType = pool.identityType();
        String oldUser = pool.userName();
        actions.add(new Action(Msg.of("app-pool.action", poolName, from, Accounts.local(name)),
                Commands.appcmd(Commands.setAppPoolIdentity(poolName, SPECIFIC, Accounts.local(name), Commands.PASSWORD_PLACEHOLDER))
                        + "\n" + Msg.of("app-pool.how", Scripts.Script.POOL_WRITE.file()).text(),
                Set.of(Risk.RESTARTS_SERVICE, Risk.NEEDS_ELEVATION),
                () -> w.iis().setAppPoolIdentity(poolName, SPECIFIC, Accounts.local(name), password),
                () -> {
                    if (SPECIFIC.equalsIgnoreCase(oldType)) {
                        throw new StepException(Msg.of("app-pool.cannot-restore", from));
                    }
                    w.iis().setAppPoolIdentity(poolName, oldType, oldUser, null);
                    // The pool may have been stopped by a failed start: start it again with its old identity.
                    w.iis().checkPool(poolName, site);
                }));
        // IIS checks the password only when a worker starts: prove it now, or the change is rolled back.
        actions.add(new Action(Msg.of("app-pool.action-check", poolName, site.name()),
                Commands.appcmd(List.of("recycle", "apppool", "/apppool.name:" + poolName)), Set.of(Risk.RESTARTS_SERVICE),
                () -> w.iis().checkPool(poolName, site).ifPresent(problem -> {
                    throw new StepException(problem);
                }), () -> { }));
        return new Plan(id(), before, after.with(IDENTITY, Accounts.local(name)), actions, List.of(Msg.of("app-pool.warn-recycle", poolName)));
    }

    /** A pool that cannot start a worker takes webmail down: the pool is started and the site requested afresh. */
    @Override
    public java.util.Optional<lockdown.core.WayIn> wayIn(Target target, Plan plan) {
        WindowsHost w = windows(target);
        return Install.discover(w).site().map(site -> WayIns.pool(w, site.appPool(), site));
    }
}
