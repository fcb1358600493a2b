package lockdown.report;

import java.util.List;

/**
 * The summary of a session, already in words: what the target was, who ran the wizard when, and
 * per step the status before and after, what changed, what was skipped and why, and whether the
 * wizard did it or the administrator did it by hand. The three formats render this same model.
 */
public record Report(String title, String target, String targetKind, boolean demo, String url, String created,
                     String operator, String tool, List<Row> rows, Counts before, Counts after, String note, List<String> connectionNotes,
                     List<String> exceptions) {

    public Report {
        rows = List.copyOf(rows);
        connectionNotes = List.copyOf(connectionNotes);
        exceptions = List.copyOf(exceptions);
    }

    /**
     * One step. {@code automation} is "automated", "manual" or "not applicable" (in words);
     * {@code manualSteps} the guide's steps to do by hand where the step is done by hand here;
     * {@code unverified} when its values were read through a call whose shape is not confirmed
     * anywhere public, so a reader checks them on the server.
     */
    public record Row(String id, int section, String sectionTitle, String title, String severity, String statusBefore,
                      String statusAfter, String statusAfterCode, String automation, String finding,
                      List<ChangeLine> changes, String skipReason, String doneNote, List<String> manualSteps,
                      boolean unverified) {

        public Row {
            changes = List.copyOf(changes);
            manualSteps = List.copyOf(manualSteps);
        }

        /** The skip reason, the manual "done" note, or the finding, in that order. */
        public String notes() {
            if (skipReason != null) {
                return lockdown.base.Msg.of("report.skipped-because", skipReason).text();
            }
            if (doneNote != null) {
                return lockdown.base.Msg.of("report.done-by-hand", doneNote.isEmpty() ? "-" : doneNote).text();
            }
            return finding;
        }
    }

    /** One change: when, which values went from what to what, and how it ended. */
    public record ChangeLine(String id, String time, boolean undo, List<String> values, String outcome, String result) {

        public ChangeLine {
            values = List.copyOf(values);
        }
    }

    /** How many steps stood where. */
    public record Counts(int compliant, int atRisk, int manual, int skipped, int other) {

        public int total() {
            return compliant + atRisk + manual + skipped + other;
        }
    }
}
