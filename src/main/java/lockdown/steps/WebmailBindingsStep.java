package lockdown.steps;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lockdown.core.Action;
import lockdown.core.Detail;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;
import lockdown.core.Plan;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.ProbeResult;
import lockdown.base.StepException;
import lockdown.core.Target;
import lockdown.windows.Binding;
import lockdown.windows.Commands;
import lockdown.windows.FirewallRule;
import lockdown.windows.Site;
import lockdown.windows.WindowsHost;

/**
 * No catch-all binding on port 9998: narrow it to 127.0.0.1 or remove it, and block the port in the
 * Windows Firewall. Refuses to remove the last binding the wizard's own connection goes through.
 */
final class WebmailBindingsStep extends WindowsStep {

    static final String KEEP = "keep";
    static final String LOCALHOST = "localhost";
    static final String REMOVE = "remove";
    static final String RULE = "SmarterMail Lockdown: block TCP 9998";
    static final Setting<String> CATCH_ALL = Setting.choice("catch-all-9998", LOCALHOST, REMOVE, KEEP);
    static final Setting<Boolean> BLOCK = Setting.flag("firewall-block-9998");
    static final Setting<List<String>> BINDINGS = Setting.names("site-bindings");

    private static final List<Setting<?>> SETTINGS = List.of(CATCH_ALL, BLOCK, BINDINGS);

    WebmailBindingsStep() {
        super(Guide.WEBMAIL_BINDINGS, SETTINGS);
    }

    private static Binding catchAll() {
        return new Binding("http", "*", Install.WEB_PORT, "");
    }

    private static Binding loopback() {
        return new Binding("http", "127.0.0.1", Install.WEB_PORT, "");
    }

    static String state(Site site) {
        if (site.bindings().stream().anyMatch(b -> b.port() == Install.WEB_PORT && b.catchAll())) {
            return KEEP;
        }
        return site.bindings().stream().anyMatch(b -> b.equals(loopback())) ? LOCALHOST : REMOVE;
    }

    static boolean blocked(WindowsHost w) {
        return blocked(w.firewall().inboundRules(Install.WEB_PORT));
    }

    private static boolean blocked(List<FirewallRule> rules) {
        return rules.stream().anyMatch(r -> r.enabled() && !r.allow());
    }

    @Override
    Finding probe(Target target, WindowsHost w, Install install) {
        if (install.site().isEmpty()) {
            return Finding.manual(id(), install.notes().isEmpty() ? Msg.of("install.no-site", Install.WEB_PORT) : install.notes().getLast());
        }
        Site site = install.site().get();
        String state = state(site);
        List<FirewallRule> rules = w.firewall().inboundRules(Install.WEB_PORT);
        boolean blocked = blocked(rules);
        List<Detail> details = new ArrayList<>();
        for (Binding b : site.bindings()) {
            details.add(new Detail(described(b), b.catchAll() && b.port() == Install.WEB_PORT));
        }
        for (FirewallRule r : rules) {
            details.add(Detail.of(Msg.of(r.allow() ? "bindings.rule-allow" : "bindings.rule-block", r.name(), r.remoteAddresses(),
                    r.enabled() ? Msg.of("bindings.rule-enabled") : Msg.of("bindings.rule-disabled"))));
        }
        boolean ok = !KEEP.equals(state) && blocked;
        Msg reason = ok ? Msg.of("bindings.ok", site.name())
                : KEEP.equals(state) ? Msg.of("bindings.catch-all", site.name(), Install.WEB_PORT)
                : Msg.of("bindings.not-blocked", Install.WEB_PORT);
        return Finding.of(id(), ok ? ProbeResult.COMPLIANT : ProbeResult.AT_RISK,
                Settings.EMPTY.with(CATCH_ALL, state).with(BLOCK, blocked).with(BINDINGS, texts(site.bindings())),
                Settings.EMPTY.with(CATCH_ALL, KEEP.equals(state) ? LOCALHOST : state).with(BLOCK, true), reason,
                Msg.of("evidence.windows", "appcmd list site"), details);
    }

    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        WindowsHost w = windows(target);
        Site site = Install.discover(w).site().orElseThrow(() -> new StepException(Msg.of("install.no-site", Install.WEB_PORT)));
        String from = state(site);
        boolean blockedNow = blocked(w);
        String to = desired.has(CATCH_ALL) ? desired.get(CATCH_ALL) : from;
        boolean block = desired.has(BLOCK) ? desired.get(BLOCK) : blockedNow;
        List<Binding> after = new ArrayList<>(site.bindings());
        List<Action> actions = new ArrayList<>();
        String name = site.name();
        List<Binding> add = new ArrayList<>();
        List<Binding> remove = new ArrayList<>();
        if (desired.has(BINDINGS)) {
            // An undo names the exact bindings to restore.
            List<Binding> wanted = desired.get(BINDINGS).stream().map(WebmailBindingsStep::parse).toList();
            wanted.stream().filter(b -> !after.contains(b)).forEach(add::add);
            after.stream().filter(b -> !wanted.contains(b)).forEach(remove::add);
            to = state(new Site(name, wanted, site.physicalPath(), site.appPool()));
        } else if (!to.equals(from)) {
            if (KEEP.equals(to)) {
                add.add(catchAll());
            }
            if (LOCALHOST.equals(to) && !after.contains(loopback())) {
                add.add(loopback());
            }
            if (!KEEP.equals(to)) {
                after.stream().filter(b -> b.port() == Install.WEB_PORT && b.catchAll()).forEach(remove::add);
            }
            if (REMOVE.equals(to) && after.contains(loopback())) {
                remove.add(loopback());
            }
        }
        after.addAll(add);
        after.removeAll(remove);
        if (!add.isEmpty() || !remove.isEmpty()) {
            guardOwnConnection(target, site.bindings(), after);
            // New bindings first, then the old ones go: the site is never without a way in.
            for (Binding b : add) {
                actions.add(new Action(Msg.of("bindings.action-add", name, b.protocol(), b.bindingInformation()),
                        Commands.appcmd(Commands.addBinding(name, b)), ELEVATED, () -> w.iis().addBinding(name, b), () -> {
                            if (bound(w, name, b)) {
                                w.iis().removeBinding(name, b);
                            }
                        }));
            }
            for (Binding b : remove) {
                actions.add(new Action(Msg.of("bindings.action-remove", name, b.protocol(), b.bindingInformation()),
                        Commands.appcmd(Commands.removeBinding(name, b)), ELEVATED, () -> w.iis().removeBinding(name, b), () -> {
                            if (!bound(w, name, b)) {
                                w.iis().addBinding(name, b);
                            }
                        }));
            }
        }
        if (block != blockedNow) {
            FirewallRule rule = new FirewallRule(RULE, Install.WEB_PORT, false, "Any", true);
            Action blockRule = new Action(Msg.of("bindings.action-block", Install.WEB_PORT),
                    Commands.display(Commands.addBlockRule(RULE, Install.WEB_PORT)), ELEVATED, () -> w.firewall().add(rule), () -> {
                        if (ruled(w)) {
                            w.firewall().remove(RULE);
                        }
                    });
            Action delete = new Action(Msg.of("bindings.action-unblock", Install.WEB_PORT), Commands.display(Commands.deleteRule(RULE)),
                    ELEVATED, () -> w.firewall().remove(RULE), () -> {
                        if (!ruled(w)) {
                            w.firewall().add(rule);
                        }
                    });
            actions.add(block ? blockRule : delete);
        }
        return new Plan(id(), Settings.EMPTY.with(CATCH_ALL, from).with(BLOCK, blockedNow).with(BINDINGS, texts(site.bindings())),
                Settings.EMPTY.with(CATCH_ALL, to).with(BLOCK, block).with(BINDINGS, texts(after)), actions,
                REMOVE.equals(to) ? List.of(Msg.of("bindings.warn-remove", Install.WEB_PORT)) : List.of());
    }

    /** Whether the site has the binding now (reverts read first, so they are safe whether or not their action happened). */
    private static boolean bound(WindowsHost w, String site, Binding b) {
        return w.iis().sites().stream().anyMatch(s -> s.name().equalsIgnoreCase(site) && s.bindings().contains(b));
    }

    private static boolean ruled(WindowsHost w) {
        return w.firewall().inboundRules(Install.WEB_PORT).stream().anyMatch(r -> r.name().equals(RULE));
    }

    /** Bindings as text, "http *:9998:", sorted: the form the journal keeps. */
    static List<String> texts(List<Binding> bindings) {
        return bindings.stream().map(b -> b.protocol() + " " + b.bindingInformation()).sorted().toList();
    }

    /** The inverse of {@link #texts}: "http *:9998:", "net.tcp 808:*". */
    static Binding parse(String text) {
        String[] pt = text.strip().split(" ", 2);
        return new Binding(pt[0], pt.length > 1 ? pt[1] : "");
    }

    /** The wizard must keep a binding its own connection to SmarterMail goes through. */
    private static void guardOwnConnection(Target target, List<Binding> before, List<Binding> after) {
        Optional<URI> url = Optional.ofNullable(target.url()).filter(u -> !u.isBlank()).map(URI::create);
        if (url.isEmpty() || url.get().getPort() != Install.WEB_PORT) {
            return;
        }
        String host = url.get().getHost();
        boolean usedBefore = before.stream().anyMatch(b -> carries(b, host));
        boolean usedAfter = after.stream().anyMatch(b -> carries(b, host));
        if (usedBefore && !usedAfter) {
            throw new InvalidSettingsException(CATCH_ALL.key(), Msg.of("bindings.own-connection", target.url()));
        }
    }

    private static boolean carries(Binding b, String host) {
        return b.port() == Install.WEB_PORT && (b.host().isEmpty() || b.host().equalsIgnoreCase(host))
                && (b.address().equals("*") || b.address().equals(host)
                || (host.equalsIgnoreCase("localhost") && b.address().equals("127.0.0.1")));
    }

    /** Removing a binding could leave webmail unreachable: it is requested afresh through the bindings left. */
    @Override
    public java.util.Optional<lockdown.core.WayIn> wayIn(Target target, Plan plan) {
        WindowsHost w = windows(target);
        return Install.discover(w).site().map(site -> WayIns.webmail(w, site));
    }

    /** A binding in words: "http on port 9998, every address"; one that is not a web binding as IIS writes it. */
    static Msg described(Binding b) {
        if (!b.web()) {
            return Msg.of("bindings.binding-other", b.protocol(), b.bindingInformation());
        }
        Msg where = "*".equals(b.address()) ? Msg.of("bindings.every-address") : Msg.of("bindings.address", b.address());
        return b.host().isEmpty() ? Msg.of("bindings.binding-web", b.protocol(), b.port(), where)
                : Msg.of("bindings.binding-web-host", b.protocol(), b.port(), where, b.host());
    }
}
