package lockdown.core;

import lockdown.base.Msg;
import lockdown.base.InvalidSettingsException;
import lockdown.base.StepException;
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
    List<Setting<?>> settings();

    /** Reads the current values and decides the status. Never changes anything. */
    Finding probe(Target target);

    /**
     * The actions that would bring the target from {@code current} to {@code desired}. Validates the
     * values (throwing {@link InvalidSettingsException} that names the setting) and refuses plans that
     * would lock the administrator out. Never changes anything.
     */
    Plan plan(Target target, Finding current, Settings desired);

    /** The heading of the page's one-off actions. */
    default Msg offersTitle() {
        return Msg.of("ui.step.offers");
    }

    /** One-off actions the page offers beside the values (none by default). Reads the target. */
    default java.util.List<Offer> offers(Target target) {
        return java.util.List.of();
    }

    /**
     * Fetches what the administrator needs before filling in a value, for example a two-factor secret
     * to scan for an account. Changes nothing the server acts on.
     */
    default Enrolment prepare(Target target, String account) {
        throw new StepException(Msg.of("error.nothing-to-prepare", id().title()));
    }

    /** The accounts {@link #prepare} can be asked about, given the latest finding. */
    default java.util.List<String> preparable(Finding finding) {
        return java.util.List.of();
    }

    /**
     * Whether the administrator does this step by hand here: it is manual on this target, or at risk
     * where the wizard cannot change it (the build). The guide's manual steps then apply.
     */
    default boolean byHand(Finding finding) {
        return finding != null && (finding.result() == ProbeResult.MANUAL
                || finding.result() == ProbeResult.AT_RISK && !automated(finding));
    }

    /**
     * For a plan that could cut someone off (an address list, a binding, the account a service or
     * pool runs as): the fresh check that the way in still works after it. Such a change is kept only
     * once it passes and the administrator confirms it in time; otherwise it is reverted by itself.
     */
    default java.util.Optional<WayIn> wayIn(Target target, Plan plan) {
        return java.util.Optional.empty();
    }

    /** Whether a plan can be made at all (false for steps that only read or are manual here). */
    default boolean automated(Finding finding) {
        return finding.result() != ProbeResult.MANUAL && finding.result() != ProbeResult.NOT_APPLICABLE
                && finding.result() != ProbeResult.UNKNOWN && settings().stream().anyMatch(s -> !s.readOnly());
    }
}
