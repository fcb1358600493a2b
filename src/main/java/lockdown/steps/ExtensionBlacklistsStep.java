package lockdown.steps;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lockdown.core.Action;
import lockdown.core.DangerousExtensions;
import lockdown.core.Detail;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.Msg;
import lockdown.core.Plan;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.Status;
import lockdown.core.Target;
import lockdown.smartermail.Call;
import lockdown.smartermail.Endpoint;
import lockdown.smartermail.ExtensionList;
import lockdown.smartermail.SmarterMailApi;

/**
 * The inbound and outbound attachment, upload and file-storage blacklists hold every dangerous
 * extension of the guide's curated list. The administrator may add more and take some out.
 */
final class ExtensionBlacklistsStep extends ApiStep {

    private static final List<Setting> SETTINGS = java.util.Arrays.stream(ExtensionList.values())
            .map(l -> Setting.extensions(l.logical())).toList();

    @Override
    public Guide id() {
        return Guide.EXTENSION_BLACKLISTS;
    }

    @Override
    public List<Setting> settings() {
        return SETTINGS;
    }

    @Override
    List<Endpoint> endpoints() {
        return of(Endpoint.GET_EXTENSIONS, Endpoint.SET_EXTENSIONS);
    }

    @Override
    Finding probe(SmarterMailApi api) {
        Map<ExtensionList, List<String>> lists = api.extensionLists();
        Settings current = Settings.EMPTY;
        Settings recommended = Settings.EMPTY;
        List<Detail> details = new ArrayList<>();
        List<String> short_ = new ArrayList<>();
        for (ExtensionList l : ExtensionList.values()) {
            Set<String> have = new TreeSet<>(lists.getOrDefault(l, List.of()));
            Set<String> missing = new TreeSet<>(DangerousExtensions.ALL);
            missing.removeAll(have);
            Set<String> wanted = new TreeSet<>(have);
            wanted.addAll(DangerousExtensions.ALL);
            current = current.with(l.logical(), List.copyOf(have));
            recommended = recommended.with(l.logical(), List.copyOf(wanted));
            Msg name = Msg.of("setting." + l.logical());
            if (missing.isEmpty()) {
                details.add(Detail.of(Msg.of("extensions.complete", name, have.size())));
            } else {
                short_.add(name.text());
                details.add(Detail.flagged(Msg.of("extensions.missing", name, missing.size(), String.join(", ", missing))));
            }
        }
        Msg reason = short_.isEmpty() ? Msg.of("extensions.ok") : Msg.of("extensions.at-risk", String.join(", ", short_));
        return Finding.of(id(), short_.isEmpty() ? Status.COMPLIANT : Status.AT_RISK, current, recommended, reason,
                evidence(api, Endpoint.GET_EXTENSIONS), details);
    }

    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        SmarterMailApi api = api(target);
        Settings before = Settings.EMPTY;
        Settings after = Settings.EMPTY;
        List<Action> actions = new ArrayList<>();
        List<Msg> warnings = new ArrayList<>();
        for (ExtensionList l : ExtensionList.values()) {
            List<String> from = current.current().words(l.logical());
            List<String> to = desired.has(l.logical()) ? desired.words(l.logical()) : from;
            before = before.with(l.logical(), from);
            after = after.with(l.logical(), to);
            if (from.equals(to)) {
                continue;
            }
            Set<String> added = new TreeSet<>(to);
            added.removeAll(from);
            Set<String> removed = new TreeSet<>(from);
            removed.removeAll(to);
            Map<ExtensionList, List<String>> change = new EnumMap<>(ExtensionList.class);
            change.put(l, to);
            Map<ExtensionList, List<String>> restore = new EnumMap<>(ExtensionList.class);
            restore.put(l, from);
            Call set = api.setExtensionLists(change);
            Call back = api.setExtensionLists(restore);
            Msg name = Msg.of("setting." + l.logical());
            actions.add(new Action(Msg.of("extensions.action", name, added.isEmpty() ? "-" : String.join(", ", added),
                    removed.isEmpty() ? "-" : String.join(", ", removed)), set.describe(), Set.of(), set::run, back::run));
            Set<String> leftOut = new TreeSet<>(DangerousExtensions.ALL);
            leftOut.removeAll(to);
            if (!leftOut.isEmpty()) {
                warnings.add(Msg.of("extensions.warn-left-out", name, String.join(", ", leftOut.stream().map(x -> "." + x).toList())));
            }
        }
        return new Plan(id(), before, after, actions, warnings);
    }
}
