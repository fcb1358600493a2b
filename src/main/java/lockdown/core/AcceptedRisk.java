package lockdown.core;

import java.time.LocalDate;
import lockdown.base.Msg;

/**
 * An exception: a step (or one setting of it) deviates on purpose, why, who approved it, and until
 * when. Until that date an audit reports the step as accepted risk; after it, as at risk again.
 *
 * @param step       the step
 * @param setting    the key of the one setting it covers, or null for the whole step
 * @param reason     why (required)
 * @param approvedBy who approved it (required)
 * @param until      the last day it holds
 */
public record AcceptedRisk(Guide step, String setting, String reason, String approvedBy, LocalDate until) {

    public boolean activeOn(LocalDate day) {
        return !day.isAfter(until);
    }

    /** Whether it covers this setting of its step (a whole-step exception covers every setting). */
    public boolean covers(String key) {
        return setting == null || setting.equals(key);
    }

    /** "accepted risk until 2027-03-31: reason (approved by X)". */
    public Msg said() {
        return Msg.of("profile.accepted", until, reason, approvedBy);
    }
}
