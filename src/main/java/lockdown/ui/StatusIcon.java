package lockdown.ui;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import lockdown.core.Status;

/**
 * Vector icons for the statuses, drawn from shapes (no font glyphs), coloured by the stylesheet
 * through the {@code status-<code>} style class.
 */
public final class StatusIcon {

    private StatusIcon() {
    }

    public static Node of(Status status) {
        Group g = switch (status) {
            case COMPLIANT -> circled(new Polyline(-4, 0, -1, 3, 4.5, -3.5));
            case APPLIED -> shield(new Polyline(-3.5, 0, -1, 2.5, 3.5, -2.5));
            case AT_RISK, ACCEPTED_RISK -> triangle();
            case UNKNOWN -> circled(new Line(-3, 0, 3, 0), new Line(0, -3, 0, 3));
            case MANUAL -> hand();
            case SKIPPED -> skip();
            case NOT_APPLICABLE -> circled(new Line(-3.5, 0, 3.5, 0));
        };
        g.getStyleClass().addAll("status-icon", "status-" + status.code());
        g.setUserData(status);
        return g;
    }

    private static Group circled(Shape... marks) {
        Circle c = stroke(new Circle(0, 0, 7));
        Group g = new Group(c);
        for (Shape m : marks) {
            g.getChildren().add(stroke(m));
        }
        return g;
    }

    private static Group triangle() {
        Polygon t = stroke(new Polygon(0, -7.5, 7.5, 6, -7.5, 6));
        Line bar = stroke(new Line(0, -2.5, 0, 1.5));
        Circle dot = fill(new Circle(0, 3.8, 0.9));
        return new Group(t, bar, dot);
    }

    private static Group shield(Shape mark) {
        Polygon s = stroke(new Polygon(0, -7.5, 6.5, -5, 6, 2, 0, 7.5, -6, 2, -6.5, -5));
        return new Group(s, stroke(mark));
    }

    private static Group hand() {
        Rectangle r = stroke(new Rectangle(-6, -6.5, 12, 13));
        r.setArcWidth(3);
        r.setArcHeight(3);
        return new Group(r, stroke(new Line(-3, -2.5, 3, -2.5)), stroke(new Line(-3, 0.5, 3, 0.5)),
                stroke(new Line(-3, 3.5, 1, 3.5)));
    }

    private static Group skip() {
        Polygon a = stroke(new Polygon(-6.5, -5.5, 1, 0, -6.5, 5.5));
        Line bar = stroke(new Line(5, -5.5, 5, 5.5));
        return new Group(a, bar);
    }

    private static <T extends Shape> T stroke(T s) {
        s.getStyleClass().add("icon-stroke");
        return s;
    }

    private static <T extends Shape> T fill(T s) {
        s.getStyleClass().add("icon-fill");
        return s;
    }
}
