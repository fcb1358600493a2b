package lockdown.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lockdown.core.Action;
import lockdown.core.Cidr;
import lockdown.core.Detail;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.base.InvalidSettingsException;
import lockdown.core.IpRule;
import lockdown.core.Lockout;
import lockdown.base.Msg;
import lockdown.core.Plan;
import lockdown.core.Risk;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.ProbeResult;
import lockdown.core.Target;
import lockdown.smartermail.AdminAccount;
import lockdown.smartermail.Call;
import lockdown.smartermail.Endpoint;
import lockdown.smartermail.SmarterMailApi;

/**
 * Every system administrator may log in only from listed addresses. Lockout guard: a list for the
 * wizard's own account that leaves out the address the wizard connects from needs the typed
 * confirmation phrase.
 */
final class AdminIpRestrictionsStep extends ApiStep {

    static final Setting<Map<String, List<IpRule>>> RESTRICTIONS = Setting.ipRulesByName("restrictions");
    static final Setting<String> CONFIRM = Setting.text("confirm-lockout");

    private static final List<Setting<?>> SETTINGS = List.of(RESTRICTIONS, CONFIRM);

    AdminIpRestrictionsStep() {
        super(Guide.ADMIN_IP_RESTRICTIONS, SETTINGS);
    }

    @Override
    List<Endpoint> endpoints() {
        return of(Endpoint.LIST_ADMINS, Endpoint.SAVE_ADMIN);
    }

    @Override
    Finding probe(SmarterMailApi api) {
        Map<String, List<IpRule>> current = new TreeMap<>();
        Map<String, List<IpRule>> recommended = new TreeMap<>();
        List<String> open = new ArrayList<>();
        List<Detail> details = new ArrayList<>();
        api.localAddress().ifPresent(a -> details.add(Detail.of(Msg.of("admin-ip.this-computer", a))));
        for (AdminAccount a : api.admins()) {
            List<IpRule> rules = a.restricted() ? rules(a) : List.of();
            current.put(a.user(), rules);
            boolean unrestricted = rules.isEmpty();
            if (unrestricted && a.enabled()) {
                open.add(a.user());
            }
            recommended.put(a.user(), unrestricted ? thisComputer(api) : rules);
            details.add(new Detail(unrestricted ? Msg.of("admin-ip.open", a.user())
                    : Msg.of("admin-ip.restricted", a.user(), String.join(", ", rules.stream().map(IpRule::address).toList())),
                    unrestricted && a.enabled()));
        }
        Msg reason = open.isEmpty() ? Msg.of("admin-ip.ok") : Msg.of("admin-ip.at-risk", String.join(", ", open));
        return Finding.of(id(), open.isEmpty() ? ProbeResult.COMPLIANT : ProbeResult.AT_RISK,
                Settings.EMPTY.with(RESTRICTIONS, current), Settings.EMPTY.with(RESTRICTIONS, recommended), reason,
                evidence(api, Endpoint.LIST_ADMINS), details);
    }

    private static List<IpRule> rules(AdminAccount a) {
        return a.restrictions().stream().map(r -> new IpRule(r.address(), r.description(), Set.of(), r.others())).sorted().toList();
    }

    /** The address this computer connects from, as the starting point of a list. */
    private static List<IpRule> thisComputer(SmarterMailApi api) {
        return api.localAddress().map(a -> List.of(new IpRule(a, Msg.of("admin-ip.this-computer-label").text(), Set.of())))
                .orElse(List.of());
    }

    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        Map<String, List<IpRule>> from = current.current().get(RESTRICTIONS);
        Map<String, List<IpRule>> to = new TreeMap<>(desired.has(RESTRICTIONS) ? desired.get(RESTRICTIONS) : from);
        // A rule the administrator edited keeps the fields of the server's record the wizard does not show.
        to.replaceAll((account, rules) -> IpRule.keepingOthers(rules, from.getOrDefault(account, List.of())));
        for (String account : to.keySet()) {
            if (!from.containsKey(account)) {
                throw new InvalidSettingsException(RESTRICTIONS.key(), Msg.of("admin-ip.unknown-account", account));
            }
        }
        SmarterMailApi api = api(target);
        List<Msg> warnings = new ArrayList<>();
        guardOwnAccount(api, to, desired, warnings);
        List<Action> actions = new ArrayList<>();
        Map<String, List<IpRule>> after = new TreeMap<>(from);
        for (Map.Entry<String, List<IpRule>> e : to.entrySet()) {
            List<IpRule> was = from.get(e.getKey());
            List<IpRule> now = e.getValue();
            if (was.equals(now)) {
                continue;
            }
            after.put(e.getKey(), now);
            Call save = api.saveAdminRestrictions(e.getKey(), !now.isEmpty(), wire(now));
            Call back = api.saveAdminRestrictions(e.getKey(), !was.isEmpty(), wire(was));
            Msg what = now.isEmpty() ? Msg.of("admin-ip.action-open", e.getKey())
                    : Msg.of("admin-ip.action", e.getKey(), String.join(", ", now.stream().map(IpRule::address).toList()));
            actions.add(new Action(what, save.describe(), now.isEmpty() ? Set.of() : Set.of(Risk.MAY_LOCK_OUT), save::run, back::run));
            now.stream().filter(r -> r.cidr().isWide())
                    .forEach(r -> warnings.add(Msg.of("relay-whitelist.warn-wide", r.address(), r.cidr().isV6() ? 64 : 24)));
        }
        return new Plan(id(), Settings.EMPTY.with(RESTRICTIONS, from), Settings.EMPTY.with(RESTRICTIONS, after), actions, warnings);
    }

    /**
     * Refuses a list for the wizard's own account that leaves out the address it connects from,
     * unless the confirmation phrase was typed.
     */
    private static void guardOwnAccount(SmarterMailApi api, Map<String, List<IpRule>> to, Settings desired, List<Msg> warnings) {
        List<IpRule> own = to.get(api.username());
        if (own == null || own.isEmpty()) {
            return;
        }
        String address = api.localAddress().orElse(null);
        boolean included = address != null && own.stream().anyMatch(r -> r.cidr().contains(Cidr.parseHost(address)));
        if (included) {
            return;
        }
        if (!Lockout.confirmed(desired, CONFIRM)) {
            throw new InvalidSettingsException(CONFIRM.key(), address == null
                    ? Msg.of("admin-ip.lockout-unknown", api.username(), Lockout.phrase())
                    : Msg.of("admin-ip.lockout", api.username(), address, Lockout.phrase()));
        }
        warnings.add(Msg.of("admin-ip.lockout-confirmed", api.username()));
    }

    private static List<AdminAccount.AdminIpRule> wire(List<IpRule> rules) {
        return rules.stream().map(r -> new AdminAccount.AdminIpRule(r.address(), r.description(), r.others())).toList();
    }

    /** A list for an administrator could shut out the wizard's own login: checked with a new one. */
    @Override
    public java.util.Optional<lockdown.core.WayIn> wayIn(Target target, Plan plan) {
        return WayIns.unlessShutOutOnPurpose(plan, () -> WayIns.login(target));
    }
}
