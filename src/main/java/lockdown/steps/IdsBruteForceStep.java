package lockdown.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lockdown.core.Action;
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
import lockdown.smartermail.IdsRule;
import lockdown.smartermail.SmarterMailApi;

/**
 * The "Password Brute Force by IP" IDS rule blocks an address after at most 5 failed logins within
 * 30 minutes, for a day. Stricter values (fewer failures, a longer window or block) also comply.
 */
final class IdsBruteForceStep extends ApiStep {

    static final Setting<Integer> THRESHOLD = Setting.number("threshold", 1, 100);
    static final Setting<Integer> TIME_FRAME = Setting.number("time-frame", 1, 1440);
    static final Setting<Integer> BLOCK_TIME = Setting.number("block-time", 1, 43200);
    /** The rest of the rule (its id, type, service, action and whatever this build adds), kept as read. */
    static final Setting<Fields> RECORD = Setting.record("rule-record");

    static final int RECOMMENDED_THRESHOLD = 5;
    static final int RECOMMENDED_TIME_FRAME = 30;
    static final int RECOMMENDED_BLOCK_TIME = 1440;

    private static final List<Setting<?>> SETTINGS = List.of(THRESHOLD, TIME_FRAME, BLOCK_TIME, RECORD);

    IdsBruteForceStep() {
        super(Guide.IDS_BRUTE_FORCE, SETTINGS);
    }

    @Override
    List<Endpoint> endpoints() {
        return of(Endpoint.LIST_IDS_RULES, Endpoint.SAVE_IDS_RULE);
    }

    @Override
    Finding probe(SmarterMailApi api) {
        List<IdsRule> rules = api.idsRules();
        List<Detail> details = new ArrayList<>();
        for (IdsRule r : rules) {
            boolean weak = r.kind().bruteForce() && weaker(r);
            Msg line = Msg.of(weak ? "ids.rule-weak" : "ids.rule", Msg.of("ids.kind." + r.kind().name()), r.service(),
                    r.threshold(), r.timeFrameMinutes(), r.blockTimeMinutes());
            details.add(new Detail(line, weak));
        }
        Optional<IdsRule> rule = byIp(rules);
        if (rule.isEmpty()) {
            return Finding.of(id(), ProbeResult.MANUAL, Settings.EMPTY, recommended(), Msg.of("ids.no-rule"),
                    evidence(api, Endpoint.LIST_IDS_RULES), details);
        }
        IdsRule r = rule.get();
        boolean ok = r.enabled() && !weaker(r);
        Msg reason = !r.enabled() ? Msg.of("ids.disabled")
                : ok ? Msg.of("ids.ok", r.threshold(), r.timeFrameMinutes(), r.blockTimeMinutes())
                : Msg.of("ids.weak", r.threshold(), r.timeFrameMinutes(), r.blockTimeMinutes(),
                        RECOMMENDED_THRESHOLD, RECOMMENDED_TIME_FRAME, RECOMMENDED_BLOCK_TIME);
        return Finding.of(id(), ok ? ProbeResult.COMPLIANT : ProbeResult.AT_RISK, values(r), recommended(), reason,
                evidence(api, Endpoint.LIST_IDS_RULES), details);
    }

    /** The rule goes back whole: as read now, or as journaled when undoing, with the new limits. */
    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        Settings before = current.current();
        if (!before.has(RECORD)) {
            throw new lockdown.base.StepException(Msg.of("ids.no-rule"));
        }
        Settings after = before.merge(desired);
        if (before.equals(after)) {
            return new Plan(id(), before, after, List.of(), List.of());
        }
        SmarterMailApi api = api(target);
        int threshold = after.get(THRESHOLD);
        int timeFrame = after.get(TIME_FRAME);
        int block = after.get(BLOCK_TIME);
        Call save = api.saveIdsRule(after.get(RECORD), threshold, timeFrame, block);
        Call back = api.saveIdsRule(before.get(RECORD), before.get(THRESHOLD), before.get(TIME_FRAME),
                before.get(BLOCK_TIME));
        Action action = new Action(Msg.of("ids.action", before.get(THRESHOLD), before.get(TIME_FRAME),
                before.get(BLOCK_TIME), threshold, timeFrame, block), save.describe(), Set.of(), save::run, back::run);
        List<Msg> warnings = new ArrayList<>();
        if (threshold < 3) {
            warnings.add(Msg.of("ids.warn-low-threshold", threshold));
        }
        if (weaker(threshold, timeFrame, block)) {
            warnings.add(Msg.of("ids.warn-weaker", RECOMMENDED_THRESHOLD, RECOMMENDED_TIME_FRAME, RECOMMENDED_BLOCK_TIME));
        }
        return new Plan(id(), before, after, List.of(action), warnings);
    }

    private static Optional<IdsRule> byIp(List<IdsRule> rules) {
        return rules.stream().filter(r -> r.kind() == IdsRule.Kind.BRUTE_FORCE_BY_IP).findFirst();
    }

    /** Allows more failures, forgets them sooner, or blocks for less time than the guide. */
    static boolean weaker(IdsRule r) {
        return weaker(r.threshold(), r.timeFrameMinutes(), r.blockTimeMinutes());
    }

    static boolean weaker(int threshold, int timeFrame, int blockTime) {
        return threshold > RECOMMENDED_THRESHOLD || timeFrame < RECOMMENDED_TIME_FRAME || blockTime < RECOMMENDED_BLOCK_TIME;
    }

    private static Settings values(IdsRule r) {
        return Settings.EMPTY.with(THRESHOLD, r.threshold()).with(TIME_FRAME, r.timeFrameMinutes())
                .with(BLOCK_TIME, r.blockTimeMinutes()).with(RECORD, r.others());
    }

    private static Settings recommended() {
        return Settings.EMPTY.with(THRESHOLD, RECOMMENDED_THRESHOLD).with(TIME_FRAME, RECOMMENDED_TIME_FRAME)
                .with(BLOCK_TIME, RECOMMENDED_BLOCK_TIME);
    }
}
