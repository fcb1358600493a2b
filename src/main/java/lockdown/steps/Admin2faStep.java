package lockdown.steps;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lockdown.core.Action;
import lockdown.core.Detail;
import lockdown.core.Enrolment;
import lockdown.base.Fields;
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
import lockdown.core.Totp;
import lockdown.smartermail.AdminAccount;
import lockdown.smartermail.AdminSecurity;
import lockdown.smartermail.Call;
import lockdown.smartermail.Endpoint;
import lockdown.smartermail.SmarterMailApi;
import lockdown.smartermail.TwoFactorSetup;

/**
 * Every system administrator has two-factor authentication, and the server requires it at login.
 * Enrolling an administrator shows the server's secret as a QR code and text; the code the
 * administrator types is checked against that secret before anything is enabled. Requiring it is
 * refused while the wizard's own account has not enrolled.
 */
final class Admin2faStep extends ApiStep {

    static final Setting<List<String>> ADMINS = Setting.names("admins");
    static final Setting<List<String>> ENROLLED = Setting.names("two-factor-admins");
    static final Setting<Boolean> REQUIRE = Setting.flag("require-two-factor");
    static final Setting<Enrolment> ENROLMENT = Setting.enrolment("enrolment");
    /** The other fields of the login policy object, kept as read. */
    static final Setting<Fields> RECORD = Setting.record("admin-security-record");

    private static final List<Setting<?>> SETTINGS = List.of(ADMINS, ENROLLED, REQUIRE, ENROLMENT, RECORD);

    Admin2faStep() {
        super(Guide.ADMIN_2FA, SETTINGS);
    }

    @Override
    List<Endpoint> endpoints() {
        return of(Endpoint.LIST_ADMINS, Endpoint.ADMIN_2FA_SETUP, Endpoint.ADMIN_2FA_ENABLE, Endpoint.ADMIN_2FA_DISABLE,
                Endpoint.GET_ADMIN_SECURITY, Endpoint.SET_ADMIN_SECURITY);
    }

    @Override
    Finding probe(SmarterMailApi api) {
        // The two reads go out together: one round trip, not two.
        Both<List<AdminAccount>, AdminSecurity> read = Both.of(api::admins, api::adminSecurity);
        List<AdminAccount> admins = read.first();
        AdminSecurity security = read.second();
        boolean required = security.requireTwoFactor();
        List<String> all = admins.stream().map(AdminAccount::user).sorted().toList();
        List<String> enrolled = admins.stream().filter(AdminAccount::twoFactor).map(AdminAccount::user).sorted().toList();
        List<String> without = admins.stream().filter(a -> a.enabled() && !a.twoFactor()).map(AdminAccount::user).sorted().toList();
        List<Detail> details = new ArrayList<>();
        for (AdminAccount a : admins) {
            boolean you = a.user().equalsIgnoreCase(api.username());
            details.add(new Detail(Msg.of(a.twoFactor() ? "admin-2fa.has" : "admin-2fa.lacks", a.user(),
                    you ? Msg.of("admin-2fa.you") : ""), !a.twoFactor() && a.enabled()));
        }
        details.add(Detail.of(Msg.of("admin-2fa.recovery")));
        // Requiring it is proposed once the wizard's own account has enrolled: before, it would be refused.
        boolean ownEnrolled = enrolled.stream().anyMatch(u -> u.equalsIgnoreCase(api.username()));
        if (!required && !ownEnrolled) {
            details.add(Detail.of(Msg.of("admin-2fa.require-after-own", api.username())));
        }
        boolean ok = without.isEmpty() && required;
        Msg reason = ok ? Msg.of("admin-2fa.ok")
                : !without.isEmpty() ? Msg.of("admin-2fa.at-risk", String.join(", ", without))
                : Msg.of("admin-2fa.not-required");
        Settings current = Settings.EMPTY.with(ADMINS, all).with(ENROLLED, enrolled).with(REQUIRE, required)
                .with(RECORD, security.others());
        Settings recommended = Settings.EMPTY.with(ADMINS, all).with(ENROLLED, all).with(REQUIRE, required || ownEnrolled);
        return Finding.of(id(), ok ? ProbeResult.COMPLIANT : ProbeResult.AT_RISK, current, recommended, reason,
                evidence(api, Endpoint.LIST_ADMINS), details);
    }

    @Override
    public List<String> preparable(Finding finding) {
        if (!finding.current().has(ADMINS)) {
            return List.of();
        }
        Set<String> left = new TreeSet<>(finding.current().get(ADMINS));
        left.removeAll(finding.current().get(ENROLLED));
        return List.copyOf(left);
    }

    @Override
    public Enrolment prepare(Target target, String account) {
        TwoFactorSetup s = api(target).startTwoFactorSetup(account);
        return new Enrolment(account, s.secret(), s.uri(), s.qrImage(), null);
    }

    /** Whether the administrator has two-factor authentication now (reverts read first, so they are safe either way). */
    private static boolean enrolled(SmarterMailApi api, String account) {
        return api.admins().stream().anyMatch(a -> a.user().equalsIgnoreCase(account) && a.twoFactor());
    }

    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        SmarterMailApi api = api(target);
        List<String> admins = current.current().get(ADMINS);
        Set<String> enrolledNow = new TreeSet<>(current.current().get(ENROLLED));
        Set<String> enrolledAfter = new TreeSet<>(desired.has(ENROLLED) ? desired.get(ENROLLED) : enrolledNow);
        boolean requiredNow = current.current().get(REQUIRE);
        boolean requiredAfter = desired.has(REQUIRE) ? desired.get(REQUIRE) : requiredNow;
        Fields kept = current.current().get(RECORD);
        Fields wanted = desired.has(RECORD) ? desired.get(RECORD) : kept;
        List<Action> actions = new ArrayList<>();
        List<Msg> warnings = new ArrayList<>();

        Enrolment e = desired.has(ENROLMENT) ? desired.get(ENROLMENT) : null;
        if (e != null) {
            if (!admins.contains(e.account()) || enrolledNow.contains(e.account())) {
                throw new InvalidSettingsException(ENROLMENT.key(), Msg.of("admin-2fa.cannot-enrol", e.account()));
            }
            if (!Totp.fromBase32(e.secret()).verify(e.code(), Instant.now())) {
                throw new InvalidSettingsException(ENROLMENT.key(), Msg.of("admin-2fa.wrong-code", e.account()));
            }
            Call enable = api.enableTwoFactor(e.account(), e.code());
            Call disable = api.disableTwoFactor(e.account());
            actions.add(new Action(Msg.of("admin-2fa.action-enable", e.account()), enable.describe(), Set.of(), enable::run, () -> {
                if (enrolled(api, e.account())) {
                    disable.run();
                }
            }));
            enrolledAfter.add(e.account());
        }
        if (requiredAfter != requiredNow) {
            if (requiredAfter) {
                String own = api.username();
                if (!enrolledAfter.contains(own)) {
                    throw new InvalidSettingsException(REQUIRE.key(), Msg.of("admin-2fa.own-first", own));
                }
                admins.stream().filter(a -> !enrolledAfter.contains(a))
                        .forEach(a -> warnings.add(Msg.of("admin-2fa.warn-next-login", a)));
            }
            Call set = api.setAdminSecurity(new AdminSecurity(requiredAfter, wanted));
            Call back = api.setAdminSecurity(new AdminSecurity(requiredNow, kept));
            actions.add(new Action(Msg.of(requiredAfter ? "admin-2fa.action-require" : "admin-2fa.action-unrequire"),
                    set.describe(), requiredAfter ? Set.of(Risk.MAY_LOCK_OUT) : Set.of(), set::run, back::run));
        }
        // Only an undo takes two-factor away; it goes last because it cannot be put back without the user's code.
        for (String account : enrolledNow) {
            if (!enrolledAfter.contains(account)) {
                Call disable = api.disableTwoFactor(account);
                actions.add(new Action(Msg.of("admin-2fa.action-disable", account), disable.describe(), Set.of(), disable::run,
                        () -> {
                            if (!enrolled(api, account)) {
                                throw new StepException(Msg.of("admin-2fa.cannot-reenable", account));
                            }
                        }));
            }
        }
        Settings before = Settings.EMPTY.with(ENROLLED, List.copyOf(enrolledNow)).with(REQUIRE, requiredNow).with(RECORD, kept);
        Settings after = Settings.EMPTY.with(ENROLLED, List.copyOf(enrolledAfter)).with(REQUIRE, requiredAfter)
                .with(RECORD, requiredAfter != requiredNow ? wanted : kept);
        return new Plan(id(), before, after, actions, warnings);
    }

    /** Requiring two-factor authentication at login could shut the wizard's own account out: checked with a new login. */
    @Override
    public java.util.Optional<lockdown.core.WayIn> wayIn(Target target, Plan plan) {
        boolean requiring = Boolean.TRUE.equals(plan.after().get(REQUIRE)) && !Boolean.TRUE.equals(plan.before().get(REQUIRE));
        return requiring ? WayIns.login(target) : java.util.Optional.empty();
    }
}
