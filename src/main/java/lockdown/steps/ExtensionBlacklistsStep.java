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
import lockdown.base.Fields;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.base.Msg;
import lockdown.core.Plan;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.ProbeResult;
import lockdown.core.Target;
import lockdown.smartermail.Call;
import lockdown.smartermail.Endpoint;
import lockdown.smartermail.ExtensionList;
import lockdown.smartermail.ExtensionSettings;
import lockdown.smartermail.SmarterMailApi;

/**
 * The inbound and outbound attachment, upload and file-storage blacklists hold every dangerous
 * extension of the guide's curated list. The administrator may add more and take some out.
 */
final class ExtensionBlacklistsStep extends ApiStep {

    /** The other fields of the object that holds the lists, kept as read. */
    static final Setting<Fields> RECORD = Setting.record("extension-record");

    private static final Map<ExtensionList, Setting<List<String>>> LISTS = lists();
    private static final List<Setting<?>> SETTINGS = java.util.stream.Stream.concat(LISTS.values().stream(),
            java.util.stream.Stream.of(RECORD)).toList();

    ExtensionBlacklistsStep() {
        super(Guide.EXTENSION_BLACKLISTS, SETTINGS);
    }

    private static Map<ExtensionList, Setting<List<String>>> lists() {
        Map<ExtensionList, Setting<List<String>>> m = new EnumMap<>(ExtensionList.class);
        for (ExtensionList l : ExtensionList.values()) {
            m.put(l, Setting.extensions(l.logical()));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The setting of one of the lists. */
    static Setting<List<String>> list(ExtensionList l) {
        return LISTS.get(l);
    }

    @Override
    List<Endpoint> endpoints() {
        return of(Endpoint.GET_EXTENSIONS, Endpoint.SET_EXTENSIONS);
    }

    @Override
    Finding probe(SmarterMailApi api) {
        ExtensionSettings read = api.extensionLists();
        Map<ExtensionList, List<String>> lists = read.lists();
        Settings current = Settings.EMPTY.with(RECORD, read.others());
        Settings recommended = Settings.EMPTY;
        List<Detail> details = new ArrayList<>();
        List<String> short_ = new ArrayList<>();
        for (ExtensionList l : ExtensionList.values()) {
            Set<String> have = new TreeSet<>(lists.getOrDefault(l, List.of()));
            Set<String> missing = new TreeSet<>(DangerousExtensions.ALL);
            missing.removeAll(have);
            Set<String> wanted = new TreeSet<>(have);
            wanted.addAll(DangerousExtensions.ALL);
            current = current.with(list(l), List.copyOf(have));
            recommended = recommended.with(list(l), List.copyOf(wanted));
            Msg name = list(l).label();
            if (missing.isEmpty()) {
                details.add(Detail.of(Msg.of("extensions.complete", name, have.size())));
            } else {
                short_.add(name.text());
                details.add(Detail.flagged(Msg.of("extensions.missing", name, missing.size(), String.join(", ", missing))));
            }
        }
        Msg reason = short_.isEmpty() ? Msg.of("extensions.ok") : Msg.of("extensions.at-risk", String.join(", ", short_));
        return Finding.of(id(), short_.isEmpty() ? ProbeResult.COMPLIANT : ProbeResult.AT_RISK, current, recommended, reason,
                evidence(api, Endpoint.GET_EXTENSIONS), details);
    }

    /**
     * One action per list that changes. Each sends the whole object (the lists as they stand after
     * the actions before it, and the other fields as read), so its revert is the state before it.
     */
    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        SmarterMailApi api = api(target);
        Fields kept = current.current().get(RECORD);
        Fields wanted = desired.has(RECORD) ? desired.get(RECORD) : kept;
        Settings before = Settings.EMPTY.with(RECORD, kept);
        Settings after = Settings.EMPTY.with(RECORD, wanted);
        Map<ExtensionList, List<String>> state = new EnumMap<>(ExtensionList.class);
        for (ExtensionList l : ExtensionList.values()) {
            List<String> from = current.current().get(list(l));
            state.put(l, from);
            before = before.with(list(l), from);
            after = after.with(list(l), desired.has(list(l)) ? desired.get(list(l)) : from);
        }
        List<Action> actions = new ArrayList<>();
        List<Msg> warnings = new ArrayList<>();
        Fields sent = kept;
        for (ExtensionList l : ExtensionList.values()) {
            List<String> from = state.get(l);
            List<String> to = after.get(list(l));
            if (from.equals(to) && (actions.size() > 0 || wanted.heldBy(kept))) {
                continue;
            }
            ExtensionSettings previous = new ExtensionSettings(state, sent);
            state.put(l, to);
            sent = wanted;
            Call set = api.setExtensionLists(new ExtensionSettings(state, sent));
            Call back = api.setExtensionLists(previous);
            Set<String> added = new TreeSet<>(to);
            added.removeAll(from);
            Set<String> removed = new TreeSet<>(from);
            removed.removeAll(to);
            Msg name = list(l).label();
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
