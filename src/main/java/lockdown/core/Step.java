package lockdown.core;

import java.util.List;

/**
 * One step of the guide. A step reads the target ({@link #probe}), and turns the administrator's
 * desired values into a {@link Plan} of actions. Running the plan, verifying it by reading back,
 * journaling and undo are the {@link Session}'s job, the same for every step. Steps talk to the
 * target only through its ports.
 */
public interface Step {

    Guide id();

    /** The values this step reads and may change, in display order. */
    List<Setting> settings();

    /** Reads the current values and decides the status. Never changes anything. */
    Finding probe(Target target);

    /**
     * The actions that would bring the target from {@code current} to {@code desired}. Validates the
     * values (throwing {@link InvalidSettingsException} that names the setting) and refuses plans that
     * would lock the administrator out. Never changes anything.
     */
    Plan plan(Target target, Finding current, Settings desired);

    /** Whether a plan can be made at all (false for steps that only read or are manual here). */
    default boolean automated(Finding finding) {
        return finding.status() != Status.MANUAL && finding.status() != Status.NOT_APPLICABLE
                && finding.status() != Status.UNKNOWN && settings().stream().anyMatch(s -> !s.readOnly());
    }
}
