package lockdown.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import lockdown.base.StepException;
import lockdown.core.Target;
import lockdown.windows.Commands;
import lockdown.windows.IpSecurity;
import lockdown.windows.Site;
import lockdown.windows.WindowsHost;

/**
 * IIS "IP Address and Domain Restrictions" on the SmarterMail site: either public with rate
 * limits (dynamic restrictions), or only listed addresses (deny unlisted). Lockout guard: in
 * allow-list mode this computer's addresses and 127.0.0.1 must stay allowed unless the
 * confirmation phrase is typed.
 */
final class WebmailIpRestrictionsStep extends WindowsStep {

    static final String NONE = "none";
    static final String RATE = "rate-limit";
    static final String LIST = "allow-list";
    static final Setting<String> MODE = Setting.choice("webmail-mode", RATE, LIST, NONE);
    static final Setting<List<IpRule>> ALLOWED = Setting.addresses("allowed-addresses");
    static final Setting<Integer> MAX_REQUESTS = Setting.number("max-requests", 5, 1000);
    static final Setting<Integer> INTERVAL = Setting.number("request-interval", 100, 60000);
    static final Setting<Integer> MAX_CONCURRENT = Setting.number("max-concurrent", 2, 1000);
    static final Setting<String> CONFIRM = Setting.text("confirm-lockout");

    private static final List<Setting<?>> SETTINGS = List.of(MODE, ALLOWED, MAX_REQUESTS, INTERVAL, MAX_CONCURRENT, CONFIRM);

    WebmailIpRestrictionsStep() {
        super(Guide.WEBMAIL_IP_RESTRICTIONS, SETTINGS);
    }

    @Override
    Finding probe(Target target, WindowsHost w, Install install) {
        if (!w.iis().installed()) {
            return Finding.manual(id(), Msg.of("install.no-iis"));
        }
        if (!w.iis().ipRestrictionsInstalled()) {
            return Finding.manual(id(), Msg.of("webmail-ip.not-installed"));
        }
        if (install.site().isEmpty()) {
            return Finding.manual(id(), Msg.of("install.no-site", Install.WEB_PORT));
        }
        Site site = install.site().get();
        IpSecurity sec = w.iis().ipSecurity(site.name());
        Settings current = values(sec);
        String mode = current.get(MODE);
        List<IpRule> mine = thisComputer(w);
        List<IpRule> allowed = new ArrayList<>(current.get(ALLOWED));
        mine.stream().filter(r -> allowed.stream().noneMatch(a -> a.cidr().contains(r.cidr()))).forEach(allowed::add);
        Settings recommended = current.with(MODE, NONE.equals(mode) ? RATE : mode).with(ALLOWED, allowed)
                .with(MAX_REQUESTS, sec.denyByRequestRate() ? sec.maxRequests() : 40)
                .with(INTERVAL, sec.denyByRequestRate() ? sec.requestIntervalMs() : 1000)
                .with(MAX_CONCURRENT, sec.denyByConcurrentRequests() ? sec.maxConcurrentRequests() : 20);
        List<Detail> details = new ArrayList<>();
        details.add(Detail.of(Msg.of("webmail-ip.this-computer", String.join(", ", w.network().localAddresses()))));
        details.add(Detail.of(Msg.of("webmail-ip.activesync")));
        Msg reason = switch (mode) {
            case NONE -> Msg.of("webmail-ip.open", site.name());
            case RATE -> Msg.of("webmail-ip.rate", site.name(), sec.maxRequests(), sec.requestIntervalMs());
            default -> Msg.of("webmail-ip.list", site.name(), current.get(ALLOWED).size());
        };
        return Finding.of(id(), NONE.equals(mode) ? ProbeResult.AT_RISK : ProbeResult.COMPLIANT, current, recommended, reason,
                Msg.of("evidence.windows", "appcmd list config"), details);
    }

    /** The step's values as read from IIS. */
    static Settings values(IpSecurity sec) {
        String mode = !sec.allowUnlisted() ? LIST : sec.denyByRequestRate() || sec.denyByConcurrentRequests() ? RATE : NONE;
        List<IpRule> allowed = sec.entries().stream().filter(WebmailIpRestrictionsStep::allowedAddress).map(IpEntries::rule)
                .sorted().toList();
        return Settings.EMPTY.with(MODE, mode).with(ALLOWED, allowed).with(MAX_REQUESTS, sec.maxRequests())
                .with(INTERVAL, sec.requestIntervalMs()).with(MAX_CONCURRENT, sec.maxConcurrentRequests());
    }

    /** An allow entry by address: what the allow list holds (deny entries and domain entries are kept as they are). */
    static boolean allowedAddress(IpSecurity.Entry e) {
        return e.allowed() && e.byAddress();
    }

    /** This computer's addresses and loopback, as single hosts. */
    private static List<IpRule> thisComputer(WindowsHost w) {
        List<IpRule> out = new ArrayList<>();
        for (String a : w.network().localAddresses()) {
            try {
                out.add(new IpRule(a, Msg.of("webmail-ip.this-computer-label").text(), Set.of()));
            } catch (IllegalArgumentException notAnAddress) {
                // an address form IIS cannot hold (a zone id): left out
            }
        }
        if (out.stream().noneMatch(r -> r.address().equals("127.0.0.1"))) {
            out.add(IpRule.of("127.0.0.1", Msg.of("webmail-ip.this-computer-label").text()));
        }
        return out;
    }

    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        WindowsHost w = windows(target);
        Site site = Install.discover(w).site().orElseThrow(() -> new StepException(Msg.of("install.no-site", Install.WEB_PORT)));
        IpSecurity old = w.iis().ipSecurity(site.name());
        Settings from = values(old);
        Settings to = from.merge(desired.without(CONFIRM));
        String mode = to.get(MODE);
        List<Msg> warnings = new ArrayList<>();
        if (LIST.equals(mode)) {
            guard(w, to.get(ALLOWED), desired, warnings);
            warnings.add(Msg.of("webmail-ip.warn-clients"));
        }
        // Deny entries and domain entries stay exactly as they are; the allow entries are the list, each
        // keeping the other attributes IIS holds for it.
        List<IpSecurity.Entry> entries = new ArrayList<>(old.entries().stream().filter(e -> !allowedAddress(e)).toList());
        IpRule.keepingOthers(to.get(ALLOWED), from.get(ALLOWED)).forEach(r -> entries.add(IpEntries.entry(r, true)));
        boolean rate = RATE.equals(mode);
        IpSecurity next = old.with(!LIST.equals(mode), entries, rate, to.get(MAX_REQUESTS), to.get(INTERVAL), rate,
                to.get(MAX_CONCURRENT));
        Settings after = values(next);
        if (after.equals(from)) {
            return new Plan(id(), from, after, List.of(), warnings);
        }
        String siteName = site.name();
        String commands = String.join("\n", Commands.writeIpSecurity(siteName, next).stream().map(Commands::appcmd).toList())
                + "\n" + Msg.of("webmail-ip.how", lockdown.windows.Scripts.Script.IPSECURITY_WRITE.file()).text();
        Action write = new Action(Msg.of("webmail-ip.action", siteName, Msg.of("choice." + MODE + "." + mode)), commands,
                LIST.equals(mode) ? Set.of(Risk.MAY_LOCK_OUT, Risk.NEEDS_ELEVATION) : ELEVATED,
                () -> w.iis().setIpSecurity(siteName, next), () -> w.iis().setIpSecurity(siteName, old));
        return new Plan(id(), from, after, List.of(write), warnings);
    }

    /** Refuses an allow list that leaves out this computer or loopback, unless the phrase was typed. */
    private static void guard(WindowsHost w, List<IpRule> allowed, Settings desired, List<Msg> warnings) {
        List<String> left = new ArrayList<>();
        for (IpRule mine : thisComputer(w)) {
            Cidr c = mine.cidr();
            if (allowed.stream().noneMatch(a -> a.cidr().contains(c))) {
                left.add(mine.address());
            }
        }
        if (left.isEmpty()) {
            return;
        }
        if (!Lockout.confirmed(desired, CONFIRM)) {
            throw new InvalidSettingsException(CONFIRM.key(), Msg.of("webmail-ip.lockout", String.join(", ", left), Lockout.phrase()));
        }
        warnings.add(Msg.of("webmail-ip.lockout-confirmed", String.join(", ", left)));
    }

    /** An address list could shut out everyone, the administrator included: webmail is requested afresh. */
    @Override
    public java.util.Optional<lockdown.core.WayIn> wayIn(Target target, Plan plan) {
        WindowsHost w = windows(target);
        return WayIns.unlessShutOutOnPurpose(plan, () -> Install.discover(w).site().map(site -> WayIns.webmail(w, site)));
    }
}
