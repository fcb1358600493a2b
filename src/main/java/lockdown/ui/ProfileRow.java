package lockdown.ui;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import lockdown.base.Msg;
import lockdown.core.Profile;
import lockdown.core.ProfileFile;

/**
 * "Use a profile…" on the start page: a profile file chosen, read and checked in the background;
 * its values become the recommended ones on every page and its exceptions apply. A bad file is
 * refused with every field named.
 */
final class ProfileRow {

    private final WizardModel model;
    private final Dialogs dialogs;
    private final Button choose = Ui.id(new Button(Ui.text("ui.profile.use")), "profile-choose");
    private final Button clear = Ui.id(new Button(Ui.text("ui.profile.clear")), "profile-clear");
    private final Label said = Ui.id(Ui.paragraph(Ui.text("ui.profile.none"), "text-muted"), "profile-status");
    private final HBox row;

    ProfileRow(WizardModel model, Dialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        choose.setOnAction(e -> dialogs.askProfile().ifPresent(this::load));
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> model.profileProperty().set(Profile.NONE));
        clear.visibleProperty().bind(model.profileProperty().isNotEqualTo(Profile.NONE));
        clear.managedProperty().bind(clear.visibleProperty());
        model.profileProperty().addListener((o, was, now) -> say(now));
        row = new HBox(10, choose, said, clear);
        row.setAlignment(Pos.CENTER_LEFT);
    }

    HBox node() {
        return row;
    }

    private void load(Path file) {
        said.getStyleClass().remove("error-text");
        model.tasks().run(() -> ProfileFile.read(file, lockdown.steps.Steps::settingsOf), p -> model.profileProperty().set(p), e -> {
            said.setText(Msg.of("ui.profile.refused", file.getFileName(), StepModel.message(e)).text());
            said.getStyleClass().add("error-text");
        });
    }

    private void say(Profile p) {
        said.getStyleClass().remove("error-text");
        said.setText(p == Profile.NONE ? Ui.text("ui.profile.none")
                : Ui.text("ui.profile.using", p.name().isEmpty() ? "-" : p.name(), p.wanted().size(), p.exceptions().size()));
    }
}
