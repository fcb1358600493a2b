package lockdown.ui.editors;

import io.nayuki.qrcodegen.QrCode;
import java.io.ByteArrayInputStream;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import lockdown.core.Enrolment;
import lockdown.ui.FormField;
import lockdown.ui.Ui;

/**
 * Enrols an administrator in two-factor authentication: choose the account, "Set up" fetches a
 * secret from the server, the page shows it as a QR code and as text to type, and the
 * administrator enters the current code from the app. The plan checks the code before anything
 * is enabled. Nothing here is logged.
 */
final class EnrolmentEditor extends AbstractEditor {

    private final EditorContext context;
    private final ComboBox<String> account = Ui.id(new ComboBox<>(), "enrol-account");
    private final Button setup = Ui.id(new Button(Ui.text("ui.enrol.setup")), "enrol-setup");
    private final VBox secretBox = new VBox(10);
    private final TextField code = Ui.id(new TextField(), "enrol-code");
    private final Label status = Ui.id(Ui.paragraph("", "text-muted"), "enrol-status");
    private final VBox box;
    private Enrolment enrolment;

    EnrolmentEditor(FormField<?> field, EditorContext context) {
        super(field);
        this.context = context;
        fillAccounts();
        setup.setOnAction(e -> fetch());
        HBox chooser = new HBox(10, account, setup);
        chooser.setAlignment(Pos.CENTER_LEFT);
        code.setPromptText("123456");
        code.setPrefColumnCount(8);
        code.setMaxWidth(140);
        code.textProperty().addListener((o, was, now) -> changed());
        secretBox.setVisible(false);
        secretBox.managedProperty().bind(secretBox.visibleProperty());
        Label none = Ui.styled(new Label(Ui.text("ui.enrol.none")), "text-muted");
        none.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(account.getItems()));
        none.managedProperty().bind(none.visibleProperty());
        box = new VBox(10, none, chooser, status, secretBox, errorLabel);
    }

    private void fetch() {
        String a = account.getValue();
        if (a == null) {
            return;
        }
        setup.setDisable(true);
        status.setText(Ui.text("ui.enrol.fetching", a));
        context.preparer().prepare(a, e -> {
            setup.setDisable(false);
            status.setText("");
            showSecret(e);
        }, problem -> {
            setup.setDisable(false);
            status.setText(problem.text());
        });
    }

    private void showSecret(Enrolment e) {
        enrolment = e;
        Node qr = e.image() != null ? new ImageView(new Image(new ByteArrayInputStream(e.image()))) : qr(e.uri());
        qr.setId("enrol-qr");
        Label secret = Ui.id(Ui.styled(new Label(grouped(e.secret())), "command"), "enrol-secret");
        Label steps = Ui.paragraph(Ui.text("ui.enrol.steps", e.account()));
        Label codeLabel = new Label(Ui.text("ui.enrol.code"));
        codeLabel.setLabelFor(code);
        secretBox.getChildren().setAll(steps, new HBox(20, qr, new VBox(8, new Label(Ui.text("ui.enrol.type-instead")), secret)),
                new HBox(10, codeLabel, code));
        secretBox.setVisible(true);
        code.clear();
        code.requestFocus();
        changed();
    }

    /** The QR code of the otpauth:// URI, drawn in the app. */
    private static Node qr(String uri) {
        QrCode q = QrCode.encodeText(uri, QrCode.Ecc.MEDIUM);
        int scale = 4;
        int border = 4;
        Canvas c = new Canvas((q.size + 2 * border) * scale, (q.size + 2 * border) * scale);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, c.getWidth(), c.getHeight());
        g.setFill(Color.BLACK);
        for (int y = 0; y < q.size; y++) {
            for (int x = 0; x < q.size; x++) {
                if (q.getModule(x, y)) {
                    g.fillRect((x + border) * scale, (y + border) * scale, scale, scale);
                }
            }
        }
        return c;
    }

    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})", "$1 ").strip();
    }

    /** No enrolment until a secret is fetched; then the enrolment with the typed code. */
    @Override
    Object read() {
        if (enrolment == null) {
            return null;
        }
        String c = code.getText().strip().replace(" ", "");
        if (!c.matches("\\d{6}")) {
            throw new IllegalArgumentException(Ui.text("login.code-format"));
        }
        return enrolment.withCode(c);
    }

    @Override
    public Node node() {
        return box;
    }

    /** The administrators still without two-factor authentication, the first one chosen. */
    private void fillAccounts() {
        account.getItems().setAll(context.accounts().get());
        account.getSelectionModel().selectFirst();
        setup.setDisable(account.getItems().isEmpty());
    }

    /**
     * Nothing to show (the page opened, or an enrolment went through): the secret and the QR code
     * go, the account just enrolled is said to be so, and the next administrator without
     * two-factor authentication is chosen.
     */
    @Override
    void show(Object value) {
        String done = enrolment == null ? null : enrolment.account();
        enrolment = null;
        secretBox.setVisible(false);
        secretBox.getChildren().clear();
        code.clear();
        fillAccounts();
        if (done != null && !account.getItems().contains(done)) {
            status.setText(Ui.text("ui.enrol.done", done));
        }
    }

    @Override
    public void setDisable(boolean disabled) {
        box.setDisable(disabled);
    }
}
