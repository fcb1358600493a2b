package lockdown.steps;

import java.time.Duration;
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
import lockdown.windows.Commands;
import lockdown.windows.ServiceInfo;
import lockdown.windows.UserRights;
import lockdown.windows.WindowsHost;

/**
 * The SmarterMail service logs on as the service account and runs. Applying stops the service,
 * changes its logon, and starts it again; refused before the account holds "Log on as a service".
 * If Windows will not start it (error 1069 and friends), the previous account is put back and the
 * service started again, and the result says why.
 */
final class ServiceIdentityStep extends AccountStep {

    static final Setting<String> LOGON = Setting.text("logon-account");
    static final Setting<String> PASSWORD = Setting.password("account-password");
    static final Duration TIMEOUT = Duration.ofMinutes(2);

    private static final List<Setting<?>> SETTINGS = List.of(LOGON, PASSWORD);

    ServiceIdentityStep() {
        super(Guide.SERVICE_IDENTITY, SETTINGS);
    }

    @Override
    Finding probe(Target target, WindowsHost w, Install install, String name) {
        if (install.service().isEmpty()) {
            return Finding.manual(id(), Msg.of("install.no-service"));
        }
        ServiceInfo s = install.service().get();
        String wanted = Accounts.local(name);
        boolean ok = Accounts.same(s.account(), name, w.computerName());
        Msg reason = ok ? Msg.of("service-identity.ok", s.name(), s.account())
                : Msg.of("service-identity.at-risk", s.name(), s.account());
        return Finding.of(id(), ok ? ProbeResult.COMPLIANT : ProbeResult.AT_RISK, Settings.EMPTY.with(LOGON, s.account()),
                Settings.EMPTY.with(LOGON, wanted), reason, Msg.of("evidence.windows", "QueryServiceConfig"),
                List.of(lockdown.core.Detail.of(Msg.of("service-identity.state", s.name(), s.state().name().toLowerCase(java.util.Locale.ROOT)))));
    }

    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        WindowsHost w = windows(target);
        Install install = Install.discover(w);
        ServiceInfo s = install.service().orElseThrow(() -> new StepException(Msg.of("install.no-service")));
        String from = s.account();
        String to = desired.has(LOGON) ? desired.get(LOGON).strip() : current.recommended().get(LOGON);
        Settings before = Settings.EMPTY.with(LOGON, from);
        Settings after = Settings.EMPTY.with(LOGON, to);
        if (from.equalsIgnoreCase(to) || Accounts.same(from, to, w.computerName())) {
            return new Plan(id(), before, after, List.of(), List.of());
        }
        char[] password = null;
        if (!Accounts.builtIn(to)) {
            String name = Accounts.localName(LOGON.key(), to, w.computerName());
            if (w.accounts().find(name).isEmpty()) {
                throw new InvalidSettingsException(LOGON.key(), Msg.of("order.account-first", name, Guide.SERVICE_ACCOUNT.title()));
            }
            if (!w.rights().rightsOf(name).contains(UserRights.SERVICE_LOGON)) {
                throw new InvalidSettingsException(LOGON.key(), Msg.of("order.right-first", name, Guide.LOGON_AS_SERVICE.title()));
            }
            // The guide's order: the folders before the switch, or SmarterMail starts without access to its data.
            for (String folder : List.of(install.installFolder(), install.dataFolder())) {
                if (!FolderPermissionsStep.hasModify(w, folder, name)) {
                    throw new InvalidSettingsException(LOGON.key(), Msg.of("order.folders-first", name, folder, Guide.FOLDER_PERMISSIONS.title()));
                }
            }
            password = desired.has(PASSWORD) ? desired.get(PASSWORD).toCharArray()
                    : target.context().password().filter(p -> Accounts.same(target.context().account(), name, w.computerName()))
                    .orElse(null);
            if (password == null) {
                throw new InvalidSettingsException(PASSWORD.key(), Msg.of("service-identity.password-needed", name));
            }
        }
        char[] secret = password;
        String service = s.name();
        boolean running = s.state() != ServiceInfo.State.STOPPED;
        Set<Risk> restart = Set.of(Risk.RESTARTS_SERVICE, Risk.NEEDS_ELEVATION);
        List<Action> actions = new ArrayList<>();
        if (running) {
            actions.add(new Action(Msg.of("service-identity.action-stop", service), Commands.display(Commands.scStop(service)), restart,
                    () -> w.services().stop(service, TIMEOUT), () -> w.services().start(service, TIMEOUT)));
        }
        actions.add(new Action(Msg.of("service-identity.action-logon", service, from, to),
                Commands.display(Commands.scConfig(service, to, secret != null)), ELEVATED,
                () -> w.services().changeLogon(service, to, secret),
                () -> {
                    if (!Accounts.builtIn(from)) {
                        throw new StepException(Msg.of("service-identity.cannot-restore", from));
                    }
                    // A built-in account takes an empty password (null would keep the old one stored).
                    w.services().changeLogon(service, from, new char[0]);
                }));
        // Reverting the start stops the service first (a slow start may still be running as the new
        // account), so the previous account is put back on a stopped service; the stop's revert then
        // starts it again as that account.
        actions.add(new Action(Msg.of("service-identity.action-start", service), Commands.display(Commands.scStart(service)), restart,
                () -> w.services().start(service, TIMEOUT), () -> w.services().stop(service, TIMEOUT)));
        List<Msg> warnings = List.of(Msg.of("service-identity.warn-restart", service));
        return new Plan(id(), before, after, actions, warnings);
    }

    /** A service that cannot log on stops mail: it must be running, and the API must let the administrator in. */
    @Override
    public java.util.Optional<lockdown.core.WayIn> wayIn(Target target, Plan plan) {
        WindowsHost w = windows(target);
        return Install.discover(w).service().map(s -> WayIns.service(target, w, s.name()));
    }
}
