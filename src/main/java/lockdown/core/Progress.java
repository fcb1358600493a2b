package lockdown.core;

import java.util.Collection;

/**
 * The progress line: steps done among those that apply to this target, with the steps that do not
 * apply and the skipped ones said apart. Skipping a step never counts as doing it.
 *
 * @param done          compliant, applied, or a manual step marked done
 * @param applicable    the steps of the guide that concern this target (skipped ones included)
 * @param notApplicable the steps that do not concern this target
 * @param skipped       the steps the administrator chose to skip
 */
public record Progress(int done, int applicable, int notApplicable, int skipped) {

    public static final Progress NONE = new Progress(0, 0, 0, 0);

    /** Counts over the steps read so far; a step not read yet counts as applicable and not done. */
    public static Progress of(int steps, Collection<StepView> views) {
        int done = 0;
        int na = 0;
        int skipped = 0;
        for (StepView v : views) {
            if (v.status() == Status.NOT_APPLICABLE) {
                na++;
            } else if (v.status() == Status.SKIPPED) {
                skipped++;
            } else if (v.done()) {
                done++;
            }
        }
        return new Progress(done, steps - na, na, skipped);
    }

    /** Done as a fraction of the applicable steps, 0 when none applies. */
    public double fraction() {
        return applicable == 0 ? 0 : done / (double) applicable;
    }
}
