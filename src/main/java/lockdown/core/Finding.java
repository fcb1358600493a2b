package lockdown.core;

import lockdown.base.Msg;
import java.time.Instant;
import java.util.List;

/**
 * What a probe found: the result, the current and recommended values, why the status is what it
 * is, how the value was read, and further lines to show (for example every IDS rule).
 */
public record Finding(Guide step, ProbeResult result, Settings current, Settings recommended, Msg reason,
                      Msg evidence, List<Detail> details, Instant readAt) {

    public Finding {
        details = List.copyOf(details);
    }

    /** The source of a value read through a call whose shape is not confirmed anywhere public. */
    public static final Msg UNVERIFIED = Msg.of("evidence.unverified");

    /** Whether this was read through a call whose shape is not confirmed anywhere public. */
    public boolean unverified() {
        return evidence != null && evidence.args().contains(UNVERIFIED);
    }

    public static Finding of(Guide step, ProbeResult result, Settings current, Settings recommended, Msg reason,
                             Msg evidence, List<Detail> details) {
        return new Finding(step, result, current, recommended, reason, evidence, details, Instant.now());
    }

    /** The value could not be read; {@code reason} says why. */
    public static Finding unknown(Guide step, Msg reason) {
        return of(step, ProbeResult.UNKNOWN, Settings.EMPTY, Settings.EMPTY, reason, null, List.of());
    }

    /** No automation here; {@code reason} says why, the guide's manual steps say what to do. */
    public static Finding manual(Guide step, Msg reason) {
        return of(step, ProbeResult.MANUAL, Settings.EMPTY, Settings.EMPTY, reason, null, List.of());
    }

    public static Finding notApplicable(Guide step, Msg reason) {
        return of(step, ProbeResult.NOT_APPLICABLE, Settings.EMPTY, Settings.EMPTY, reason, null, List.of());
    }
}
