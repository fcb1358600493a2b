package lockdown.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import lockdown.core.Guide;
import lockdown.core.Progress;
import lockdown.core.Session;

/**
 * The top line: product, target and build, a DEMO badge when the target is the demo, and the
 * progress ("1 of 7 done · 7 not applicable here · 0 skipped") with a bar, and About.
 */
final class HeaderBar {

    private final HBox box = Ui.styled(new HBox(12), "header-bar");

    HeaderBar(WizardModel model, Runnable onAbout) {
        Label product = Ui.label("ui.product", "header-product");
        Label target = Ui.id(Ui.styled(new Label(), "header-target"), "header-target");
        Label demo = Ui.id(Ui.label("ui.demo-badge", "demo-badge"), "demo-badge");
        Label progress = Ui.id(Ui.styled(new Label(), "header-progress"), "progress");
        ProgressBar bar = new ProgressBar(0);
        bar.setPrefWidth(160);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        box.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.Button about = Ui.id(new javafx.scene.control.Button(Ui.text("ui.about")), "about");
        about.getStyleClass().add("flat");
        // Never the first control with the focus: Enter on the start page connects.
        about.setFocusTraversable(false);
        about.setOnAction(e -> onAbout.run());
        box.getChildren().addAll(product, target, demo, spacer, progress, bar, about);

        int total = Guide.steps().size();
        target.textProperty().bind(Bindings.createStringBinding(() -> targetText(model.session(), model.buildProperty().get()),
                model.sessionProperty(), model.buildProperty()));
        demo.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.session() != null
                && model.session().target().simulated(), model.sessionProperty()));
        demo.managedProperty().bind(demo.visibleProperty());
        progress.textProperty().bind(Bindings.createStringBinding(() -> progressText(model, total),
                model.progressProperty(), model.readProperty(), model.connectingProperty(), model.sessionProperty()));
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> model.session() == null ? 0
                        : model.connectingProperty().get() ? model.readProperty().get() / (double) total
                        : model.progressProperty().get().fraction(),
                model.progressProperty(), model.readProperty(), model.connectingProperty(), model.sessionProperty()));
        bar.visibleProperty().bind(model.sessionProperty().isNotNull());
    }

    HBox node() {
        return box;
    }

    /** "Reading 3 of 14 steps…" while connecting, then "1 of 7 done · 7 not applicable here · 0 skipped". */
    private static String progressText(WizardModel model, int total) {
        if (model.session() == null) {
            return "";
        }
        if (model.connectingProperty().get()) {
            return Ui.text("ui.progress.reading", model.readProperty().get(), total);
        }
        Progress p = model.progressProperty().get();
        return Ui.text("ui.progress.done", p.done(), p.applicable(), p.notApplicable(), p.skipped());
    }

    private static String targetText(Session s, String build) {
        if (s == null) {
            return Ui.text("ui.not-connected");
        }
        return build.isEmpty() ? Ui.text("ui.target", s.target().name())
                : Ui.text("ui.target-build", s.target().name(), build);
    }
}
