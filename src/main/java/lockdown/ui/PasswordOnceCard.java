package lockdown.ui;

import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The password the wizard generated, shown once: masked until the administrator presses Show, so a
 * glance or a screenshot does not give it away, and copyable. It stays on the page until the
 * administrator says it is saved; it is never written anywhere.
 */
final class PasswordOnceCard {

    private PasswordOnceCard() {
    }

    static Node of(char[] password) {
        PasswordField masked = Ui.id(new PasswordField(), "password-once");
        masked.setText(new String(password));
        Arrays.fill(password, '\0');
        masked.setEditable(false);
        TextField plain = Ui.id(new TextField(), "password-once-plain");
        plain.textProperty().bind(masked.textProperty());
        plain.setEditable(false);
        plain.getStyleClass().add("command");
        ToggleButton show = Ui.id(new ToggleButton(Ui.text("service-account.password-show")), "password-show");
        plain.visibleProperty().bind(show.selectedProperty());
        masked.visibleProperty().bind(show.selectedProperty().not());
        Button copy = Ui.id(new Button(Ui.text("service-account.password-copy")), "password-copy");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(masked.getText());
            Clipboard.getSystemClipboard().setContent(c);
        });
        StackPane field = new StackPane(masked, plain);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button saved = Ui.id(new Button(Ui.text("service-account.password-saved")), "password-saved");
        VBox card = Ui.id(Ui.styled(new VBox(8, Ui.styled(new Label(Ui.text("service-account.password-title")), "card-title"),
                Ui.paragraph(Ui.text("service-account.warn-password")), new HBox(10, field, show, copy, saved)), "card",
                "note-warning"), "password-card");
        saved.setOnAction(e -> {
            plain.textProperty().unbind();
            plain.clear();
            masked.clear();
            if (card.getParent() instanceof javafx.scene.layout.Pane parent) {
                parent.getChildren().remove(card);
            }
        });
        return card;
    }
}
