package lockdown.steps;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lockdown.core.Action;
import lockdown.core.Detail;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.IpRule;
import lockdown.base.Msg;
import lockdown.core.Plan;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.ProbeResult;
import lockdown.core.Target;
import lockdown.smartermail.Call;
import lockdown.smartermail.Endpoint;
import lockdown.smartermail.SmarterMailApi;
import lockdown.smartermail.WhitelistEntry;

/**
 * The security whitelist holds only the addresses that must relay without logging in, each as
 * narrow as possible. A whitelisted address is trusted: with "Bypass SMTP Authentication" it may
 * relay, and it skips IDS and spam checks, so a wide range opens the server to everyone in it.
 */
public final class RelayWhitelistStep extends ApiStep {

    public static final Setting<List<IpRule>> WHITELIST = Setting.ipRules("whitelist");

    RelayWhitelistStep() {
        super(Guide.RELAY_WHITELIST, List.of(WHITELIST));
    }

    @Override
    List<Endpoint> endpoints() {
        return of(Endpoint.LIST_IP_ACCESS, Endpoint.SAVE_IP_ACCESS, Endpoint.DELETE_IP_ACCESS);
    }

    @Override
    Finding probe(SmarterMailApi api) {
        List<IpRule> rules = api.whitelist().stream().map(RelayWhitelistStep::rule).sorted().toList();
        List<IpRule> wide = rules.stream().filter(r -> r.cidr().isWide()).toList();
        List<IpRule> narrow = rules.stream().filter(r -> !r.cidr().isWide()).toList();
        long relaying = rules.stream().filter(r -> r.has(IpRule.Option.SMTP_AUTH)).count();
        Msg reason = rules.isEmpty() ? Msg.of("relay-whitelist.empty")
                : wide.isEmpty() ? Msg.of("relay-whitelist.ok", rules.size(), relaying)
                : Msg.of("relay-whitelist.wide", wide.stream().map(IpRule::address).collect(Collectors.joining(", ")));
        List<Detail> details = rules.stream().map(r -> new Detail(Msg.of(r.has(IpRule.Option.SMTP_AUTH)
                ? "relay-whitelist.entry-relays" : "relay-whitelist.entry", r.address(), r.description()), r.cidr().isWide())).toList();
        return Finding.of(id(), wide.isEmpty() ? ProbeResult.COMPLIANT : ProbeResult.AT_RISK,
                Settings.EMPTY.with(WHITELIST, rules), Settings.EMPTY.with(WHITELIST, narrow), reason,
                evidence(api, Endpoint.LIST_IP_ACCESS), details);
    }

    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        List<IpRule> from = current.current().get(WHITELIST);
        // An entry the administrator edited keeps the fields of the server's record the wizard does not show.
        List<IpRule> to = desired.has(WHITELIST) ? IpRule.keepingOthers(desired.get(WHITELIST), from) : from;
        Map<String, IpRule> old = from.stream().collect(Collectors.toMap(IpRule::address, Function.identity()));
        Map<String, IpRule> wanted = to.stream().collect(Collectors.toMap(IpRule::address, Function.identity()));
        SmarterMailApi api = api(target);
        List<Action> actions = new ArrayList<>();
        // Additions and edits before removals: no moment has less access than both the old and the new list.
        for (IpRule r : to) {
            IpRule was = old.get(r.address());
            if (was == null) {
                Call add = api.saveWhitelistEntry(entry(r), null);
                Call remove = api.deleteWhitelistEntry(r.address());
                actions.add(new Action(Msg.of("relay-whitelist.action-add", describe(r)), add.describe(), Set.of(),
                        add::run, () -> {
                            if (listed(api, r.address())) {
                                remove.run();
                            }
                        }));
            } else if (!was.equals(r)) {
                Call edit = api.saveWhitelistEntry(entry(r), r.address());
                Call back = api.saveWhitelistEntry(entry(was), r.address());
                actions.add(new Action(Msg.of("relay-whitelist.action-edit", describe(was), describe(r)), edit.describe(),
                        Set.of(), edit::run, back::run));
            }
        }
        for (IpRule r : from) {
            if (!wanted.containsKey(r.address())) {
                Call remove = api.deleteWhitelistEntry(r.address());
                Call add = api.saveWhitelistEntry(entry(r), null);
                actions.add(new Action(Msg.of("relay-whitelist.action-remove", describe(r)), remove.describe(), Set.of(),
                        remove::run, () -> {
                            if (!listed(api, r.address())) {
                                add.run();
                            }
                        }));
            }
        }
        List<Msg> warnings = to.stream().filter(r -> r.cidr().isWide())
                .map(r -> Msg.of("relay-whitelist.warn-wide", r.address(), r.cidr().isV6() ? 64 : 24)).toList();
        return new Plan(id(), Settings.EMPTY.with(WHITELIST, from), Settings.EMPTY.with(WHITELIST, to), actions, warnings);
    }

    /** Whether the whitelist holds the address now: reverts read first, so they are safe whether or not their action happened. */
    private static boolean listed(SmarterMailApi api, String address) {
        return api.whitelist().stream().anyMatch(e -> new IpRule(e.address(), "", Set.of()).address().equals(address));
    }

    private static String describe(IpRule r) {
        return WHITELIST.format(List.of(r));
    }

    /** The addresses the IDS blocks now, each with "Unblock", so a locked-out user can be let back in from here. */
    @Override
    public List<lockdown.core.Offer> offers(Target target) {
        if (Reach.api(target).isEmpty() || Reach.api(target).get().missing(Endpoint.LIST_IDS_BLOCKS)
                || Reach.api(target).get().missing(Endpoint.UNBLOCK_IPS)) {
            return List.of();
        }
        SmarterMailApi api = api(target);
        Map<String, List<lockdown.smartermail.IdsBlock>> byIp = new java.util.TreeMap<>();
        for (lockdown.smartermail.IdsBlock b : api.idsBlocks()) {
            byIp.computeIfAbsent(b.ip(), k -> new ArrayList<>()).add(b);
        }
        List<lockdown.core.Offer> offers = new ArrayList<>();
        for (Map.Entry<String, List<lockdown.smartermail.IdsBlock>> e : byIp.entrySet()) {
            String ip = e.getKey();
            String what = String.join("; ", e.getValue().stream().map(b -> Msg.of("ids-block.entry", b.service(), b.rule(),
                    Math.max(1, b.secondsLeft() / 60)).text()).toList());
            Call unblock = api.unblock(ip);
            Action action = new Action(Msg.of("ids-block.action", ip), unblock.describe(), Set.of(), unblock::run, () -> {
                throw new lockdown.base.StepException(Msg.of("ids-block.cannot-reblock", ip));
            });
            offers.add(new lockdown.core.Offer(ip, Msg.of("ids-block.line", ip, what), Msg.of("ids-block.unblock"), action));
        }
        return offers;
    }

    @Override
    public Msg offersTitle() {
        return Msg.of("ids-block.title");
    }

    static IpRule rule(WhitelistEntry e) {
        Set<IpRule.Option> options = EnumSet.noneOf(IpRule.Option.class);
        if (e.smtpAuthBypass()) {
            options.add(IpRule.Option.SMTP_AUTH);
        }
        if (e.idsBypass()) {
            options.add(IpRule.Option.IDS);
        }
        if (e.spamBypass()) {
            options.add(IpRule.Option.SPAM);
        }
        return new IpRule(e.address(), e.description(), options, e.others());
    }

    static WhitelistEntry entry(IpRule r) {
        return new WhitelistEntry(r.address(), r.description(), r.has(IpRule.Option.SMTP_AUTH), r.has(IpRule.Option.IDS),
                r.has(IpRule.Option.SPAM), r.others());
    }
}
