package lockdown.steps;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import lockdown.core.Action;
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
import lockdown.smartermail.RelayMode;
import lockdown.smartermail.RelaySetting;
import lockdown.smartermail.SmarterMailApi;

/** "Allow Relay" must be Nobody: only logged-in users send mail to other servers. */
public final class SmtpRelayStep extends ApiStep {

    public static final Setting<String> ALLOW_RELAY = Setting.choice("allow-relay",
            code(RelayMode.NOBODY), code(RelayMode.LOCAL_USERS), code(RelayMode.LOCAL_DOMAINS), code(RelayMode.ANYONE));
    /** The other fields of the SMTP In settings object, kept as read. */
    public static final Setting<Fields> RECORD = Setting.record("smtp-in-record");

    SmtpRelayStep() {
        super(Guide.SMTP_RELAY, List.of(ALLOW_RELAY, RECORD));
    }

    @Override
    List<Endpoint> endpoints() {
        return of(Endpoint.GET_SMTP_IN, Endpoint.SET_SMTP_IN);
    }

    @Override
    Finding probe(SmarterMailApi api) {
        RelaySetting relay = api.relay();
        RelayMode mode = relay.mode();
        boolean ok = mode == RelayMode.NOBODY;
        Msg reason = ok ? Msg.of("smtp-relay.ok") : Msg.of("smtp-relay.at-risk", ALLOW_RELAY.format(code(mode)));
        return Finding.of(id(), ok ? ProbeResult.COMPLIANT : ProbeResult.AT_RISK,
                Settings.EMPTY.with(ALLOW_RELAY, code(mode)).with(RECORD, relay.others()),
                Settings.EMPTY.with(ALLOW_RELAY, code(RelayMode.NOBODY)),
                reason, evidence(api, Endpoint.GET_SMTP_IN), List.of());
    }

    /** The settings object goes back whole: its other fields as read now, or as journaled when undoing. */
    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        String from = current.current().get(ALLOW_RELAY);
        String to = desired.has(ALLOW_RELAY) ? desired.get(ALLOW_RELAY) : from;
        Fields kept = current.current().get(RECORD);
        Fields wanted = desired.has(RECORD) ? desired.get(RECORD) : kept;
        Settings before = Settings.EMPTY.with(ALLOW_RELAY, from).with(RECORD, kept);
        Settings after = Settings.EMPTY.with(ALLOW_RELAY, to).with(RECORD, wanted);
        if (from.equals(to) && wanted.heldBy(kept)) {
            return new Plan(id(), before, after, List.of(), List.of());
        }
        SmarterMailApi api = api(target);
        Call set = api.setRelay(mode(to), wanted);
        Call back = api.setRelay(mode(from), kept);
        Action action = new Action(Msg.of("smtp-relay.action", ALLOW_RELAY.format(from), ALLOW_RELAY.format(to)),
                set.describe(), Set.of(), set::run, back::run);
        List<Msg> warnings = mode(to) == RelayMode.NOBODY ? List.of(Msg.of("smtp-relay.warn-devices")) : List.of();
        return new Plan(id(), before, after, List.of(action), warnings);
    }

    static String code(RelayMode mode) {
        return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static RelayMode mode(String code) {
        return RelayMode.valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
