package lockdown.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lockdown.base.Msg;

/**
 * The administrator's choices as data: the wanted value of each setting of each step, and the
 * exceptions. Used in place of the guide's recommendations: a step is compliant when every value
 * the profile names holds on the server; a deviation covered by an exception that has not expired
 * is accepted risk.
 *
 * @param name       a name for people (may be empty)
 * @param wanted     per step, the wanted values (canonical)
 * @param exceptions the exceptions, in the order written
 */
public record Profile(String name, Map<Guide, Settings> wanted, List<AcceptedRisk> exceptions) {

    /** The version of the file format this build writes and reads. */
    public static final int VERSION = 1;

    public static final Profile NONE = new Profile("", Map.of(), List.of());

    public Profile {
        wanted = wanted.isEmpty() ? Map.of() : new EnumMap<>(wanted);
        exceptions = List.copyOf(exceptions);
    }

    public Settings wanted(Guide g) {
        return wanted.getOrDefault(g, Settings.EMPTY);
    }

    public List<AcceptedRisk> exceptions(Guide g) {
        return exceptions.stream().filter(e -> e.step() == g).toList();
    }

    /**
     * The choices a session shows now, as a profile: for every step the wizard can change here,
     * the values a person can set (the recommended ones, or with {@code current} the ones the
     * server has), and the session's exceptions.
     */
    public static Profile of(Session session, String name, boolean current) {
        Map<Guide, Settings> wanted = new java.util.EnumMap<>(Guide.class);
        for (Guide g : Guide.steps()) {
            Step step = session.step(g);
            Finding f = session.view(g).latest();
            if (f == null || !step.automated(f)) {
                continue;
            }
            Settings values = settable(step.settings(), current ? f.current() : f.recommended());
            if (!values.isEmpty()) {
                wanted.put(g, values);
            }
        }
        return new Profile(name, wanted, session.profile().exceptions());
    }

    /** The values a person can set on the command line or in a profile: not read-only, not secret, not hidden. */
    public static Settings settable(List<Setting<?>> settings, Settings values) {
        Settings out = Settings.EMPTY;
        for (Setting<?> s : settings) {
            if (!s.readOnly() && s.type().typed() && values.has(s.key())) {
                out = out.withValue(s, values.get(s.key()));
            }
        }
        return out;
    }

    /** This profile with one more exception. */
    public Profile with(AcceptedRisk e) {
        List<AcceptedRisk> all = new ArrayList<>(exceptions);
        all.add(e);
        return new Profile(name, wanted, all);
    }

    /**
     * A finding judged by this profile on {@code today}: recommended values overlaid with the
     * profile's, compliant or at risk by the profile's values where it names any, and an
     * exception applied. Findings that are not compliant or at risk are left as they are.
     */
    public Finding judge(Finding f, List<Setting<?>> settings, LocalDate today) {
        if (f.result() != ProbeResult.COMPLIANT && f.result() != ProbeResult.AT_RISK) {
            return f;
        }
        Settings mine = wanted(f.step());
        Settings recommended = f.recommended().merge(mine);
        ProbeResult result = f.result();
        Msg reason = f.reason();
        List<String> differing = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Setting<?> s : settings) {
            Settings against = mine.isEmpty() ? f.recommended() : mine;
            if (!against.has(s) || s.secret() || s.holds(f.current().get(s.key()), against.get(s.key()))) {
                continue;
            }
            differing.add(s.key());
            shown.add(Msg.of("profile.differs-one", s.label(), s.format(f.current().get(s.key())), s.format(against.get(s.key()))).text());
        }
        if (!mine.isEmpty()) {
            result = differing.isEmpty() ? ProbeResult.COMPLIANT : ProbeResult.AT_RISK;
            reason = differing.isEmpty() ? Msg.of("profile.matches") : Msg.of("profile.differs", String.join("; ", shown));
        }
        if (result == ProbeResult.AT_RISK) {
            // A built-in judgement at risk with nothing differing (a list of another shape): only a whole-step exception covers it.
            List<String> open = differing.isEmpty() ? List.of("") : differing;
            List<AcceptedRisk> mineExceptions = exceptions(f.step());
            List<AcceptedRisk> active = mineExceptions.stream().filter(e -> e.activeOn(today)).toList();
            boolean covered = open.stream().allMatch(k -> active.stream().anyMatch(e -> k.isEmpty() ? e.setting() == null : e.covers(k)));
            if (covered && !active.isEmpty()) {
                result = ProbeResult.ACCEPTED_RISK;
                reason = Msg.of("profile.accepted-because", active.getFirst().said(), reason);
            } else {
                for (AcceptedRisk e : mineExceptions) {
                    if (!e.activeOn(today)) {
                        reason = Msg.of("profile.expired", e.until(), e.reason(), reason);
                    }
                }
            }
        }
        return new Finding(f.step(), result, f.current(), recommended, reason, f.evidence(), f.details(), f.readAt());
    }
}
