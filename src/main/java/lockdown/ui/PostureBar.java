package lockdown.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SegmentedBar;
import lockdown.report.Report;

/** A bar of compliant / at risk / manual / skipped / other counts, coloured like the statuses. */
final class PostureBar {

    /** A segment that knows which count it shows, for its colour. */
    static final class Part extends SegmentedBar.Segment {
        final String kind;

        Part(int value, String kind, String text) {
            super(value, text);
            this.kind = kind;
        }
    }

    private PostureBar() {
    }

    static Node of(String caption, Report.Counts c, String id) {
        SegmentedBar<Part> bar = new SegmentedBar<>();
        bar.setId(id);
        bar.setInfoNodeFactory(null);
        bar.setSegmentViewFactory(p -> {
            // The number inside the bar always fits; the words are beside the bar and in the tooltip.
            Label l = Ui.styled(new Label(String.valueOf((int) p.getValue())), "segment", "segment-" + p.kind);
            l.setTooltip(new javafx.scene.control.Tooltip(p.getText()));
            l.setMinWidth(0);
            l.setAlignment(Pos.CENTER);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMaxHeight(Double.MAX_VALUE);
            return l;
        });
        add(bar, c.compliant(), "compliant", "report.count.compliant");
        add(bar, c.atRisk(), "at-risk", "report.count.at-risk");
        add(bar, c.manual(), "manual", "report.count.manual");
        add(bar, c.skipped(), "skipped", "report.count.skipped");
        add(bar, c.other(), "other", "report.count.other");
        bar.setOrientation(javafx.geometry.Orientation.HORIZONTAL);
        bar.setMinSize(160, 26);
        bar.setPrefSize(520, 26);
        bar.setMaxSize(520, 26);
        HBox.setHgrow(bar, javafx.scene.layout.Priority.SOMETIMES);
        Label label = Ui.styled(new Label(caption), "posture-caption");
        label.setMinWidth(60);
        Label counts = Ui.styled(new Label(Ui.text("report.counts", c.compliant(), c.atRisk(), c.manual(), c.skipped(), c.other())),
                "text-muted");
        counts.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(12, label, bar, counts);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static void add(SegmentedBar<Part> bar, int n, String kind, String key) {
        if (n > 0) {
            bar.getSegments().add(new Part(n, kind, n + " " + Ui.text(key)));
        }
    }
}
