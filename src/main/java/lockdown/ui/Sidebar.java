package lockdown.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import lockdown.core.Guide;
import lockdown.core.Section;
import lockdown.core.Status;
import lockdown.core.StepView;

/**
 * The guide's sections and steps in order, each step with its status icon; a click opens its page.
 * Before a server is connected only the start entry works.
 */
final class Sidebar {

    private final WizardModel model;
    private final VBox box = Ui.styled(new VBox(), "sidebar");
    private final Map<Guide, Button> buttons = new EnumMap<>(Guide.class);
    private final Button start;
    private final Button summary;

    Sidebar(WizardModel model) {
        this.model = model;
        start = entry(Ui.text("ui.nav.start"), Page.START, "nav-start");
        box.getChildren().add(start);
        for (Section s : Section.values()) {
            Label header = Ui.styled(new Label(s.number() + "  " + s.title().text()), "sidebar-section");
            box.getChildren().add(header);
            for (Guide g : Guide.in(s)) {
                Button b = entry(g.label().text(), Page.of(g), "nav-" + g.id());
                b.setGraphic(StatusIcon.of(Status.UNKNOWN));
                b.getGraphic().setVisible(false);
                buttons.put(g, b);
                box.getChildren().add(b);
            }
        }
        summary = entry(Ui.text("ui.nav.summary"), Page.SUMMARY, "nav-summary");
        box.getChildren().add(Ui.styled(new javafx.scene.control.Separator(), "sidebar-separator"));
        box.getChildren().add(summary);

        model.views().addListener((MapChangeListener<Guide, StepView>) c -> {
            if (c.wasAdded()) {
                show(c.getKey(), c.getValueAdded());
            }
        });
        model.sessionProperty().addListener((o, was, now) -> connected(now != null));
        model.pageProperty().addListener((o, was, now) -> select(now));
        connected(false);
        select(model.pageProperty().get());
    }

    ScrollPane node() {
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sp.getStyleClass().add("sidebar-scroll");
        return sp;
    }

    private Button entry(String text, Page page, String id) {
        Button b = Ui.id(new Button(text), id);
        b.setMnemonicParsing(false);
        b.getStyleClass().add("sidebar-entry");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setContentDisplay(ContentDisplay.LEFT);
        b.setGraphicTextGap(8);
        b.setOnAction(e -> model.go(page));
        return b;
    }

    private void show(Guide g, StepView v) {
        Button b = buttons.get(g);
        Status s = v.status();
        b.setGraphic(StatusIcon.of(s));
        String note = s == Status.MANUAL && v.doneNote() != null ? Ui.text("ui.status.manual-done") : s.label().text();
        b.setAccessibleText(g.label().text() + ", " + note);
        b.setUserData(s);
    }

    private void connected(boolean yes) {
        buttons.values().forEach(b -> {
            b.setDisable(!yes);
            if (!yes) {
                b.getGraphic().setVisible(false);
            }
        });
        summary.setDisable(!yes);
    }

    private void select(Page p) {
        start.getStyleClass().remove("selected");
        summary.getStyleClass().remove("selected");
        buttons.values().forEach(b -> b.getStyleClass().remove("selected"));
        Button b = switch (p.kind()) {
            case START -> start;
            case SUMMARY -> summary;
            case STEP -> buttons.get(p.step());
        };
        b.getStyleClass().add("selected");
    }
}
