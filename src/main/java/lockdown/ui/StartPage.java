package lockdown.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import lockdown.core.Target;

/**
 * Choose the target: this Windows server, a SmarterMail server by URL, or the demo; the controls
 * are bound to a {@link StartModel}. Connecting
 * logs in once (a failed login is not retried), checks the server's endpoints and reads every step.
 */
final class StartPage {


    private final WizardModel model;
    private final StartModel form;
    private final VBox box = Ui.styled(new VBox(14), "page", "start-page");
    private final ToggleGroup kind = new ToggleGroup();
    private final RadioButton local = choice("ui.start.local", "target-local", Target.Kind.LOCAL_WINDOWS);
    private final RadioButton remote = choice("ui.start.remote", "target-remote", Target.Kind.REMOTE);
    private final RadioButton demo = choice("ui.start.demo", "target-demo", Target.Kind.DEMO);
    private final TextField url = Ui.id(new TextField(), "server-url");
    private final TextField user = Ui.id(new TextField(), "username");
    private final PasswordField password = Ui.id(new PasswordField(), "password");
    private final TextField code = Ui.id(new TextField(), "two-factor-code");
    private final Label codeLabel = fieldLabel("ui.start.code", code);
    private final Button connect = Ui.id(new Button(Ui.text("ui.start.connect")), "connect");
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label status = Ui.id(Ui.styled(new Label(), "start-status"), "connect-status");
    private final Label error = Ui.id(Ui.paragraph("", "error-text"), "connect-error");

    private final javafx.scene.control.CheckBox plainHttp = Ui.id(new javafx.scene.control.CheckBox(Ui.text("ui.start.plain-http")),
            "allow-plain-http");
    private final TextField apiMap = Ui.id(new TextField(), "api-map");
    private final Button chooseMap = Ui.id(new Button(Ui.text("ui.start.api-map-choose")), "api-map-choose");
    private final Button trust = Ui.id(new Button(Ui.text("ui.start.trust")), "trust-certificate");
    private final VBox api = Ui.id(new VBox(4), "api-report");
    private final Dialogs dialogs;
    private final ScrollPane scroll = new ScrollPane(box);

    StartPage(WizardModel model, Dialogs dialogs, boolean onWindows) {
        this.model = model;
        this.dialogs = dialogs;
        this.form = new StartModel(model, onWindows);
        scroll.setFitToWidth(true);
        box.setPadding(new Insets(24, 32, 24, 32));
        Label title = Ui.label("ui.start.title", "title-2");
        Label intro = Ui.paragraph(Ui.text("ui.start.intro"));

        local.setDisable(!onWindows);
        Label localNote = Ui.paragraph(Ui.text(onWindows ? "ui.start.local-note" : "ui.start.local-not-here"), "text-muted", "choice-note");
        Label remoteNote = Ui.paragraph(Ui.text("ui.start.remote-note"), "text-muted", "choice-note");
        Label demoNote = Ui.paragraph(Ui.text("ui.start.demo-note"), "text-muted", "choice-note");
        bind();
        url.setPromptText("https://mail.example.com");
        user.setPromptText("admin");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form");
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, fieldLabel("ui.start.url", url), url);
        grid.addRow(1, fieldLabel("ui.start.user", user), user);
        grid.addRow(2, fieldLabel("ui.start.password", password), password);
        grid.addRow(3, codeLabel, code);
        apiMap.setPromptText(Ui.text("ui.start.api-map-prompt"));
        chooseMap.setOnAction(e -> dialogs.askApiMap().ifPresent(p -> apiMap.setText(p.toString())));
        HBox mapRow = new HBox(8, apiMap, chooseMap);
        HBox.setHgrow(apiMap, javafx.scene.layout.Priority.ALWAYS);
        grid.addRow(4, fieldLabel("ui.start.api-map", apiMap), mapRow);
        Label plainWarning = Ui.paragraph(Ui.text("ui.start.plain-http-warning"), "warning-text");
        plainWarning.visibleProperty().bind(plainHttp.selectedProperty());
        plainWarning.managedProperty().bind(plainWarning.visibleProperty());
        grid.add(new VBox(4, plainHttp, plainWarning), 1, 5);
        // A profile applies to any target, the demo too.
        grid.addRow(6, new Label(Ui.text("ui.profile.label")), new ProfileRow(model, dialogs).node());
        code.setPrefColumnCount(14);
        code.setMaxWidth(240);
        code.setPromptText(Ui.text("ui.start.code-prompt"));
        url.setPrefColumnCount(32);

        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(model.connectingProperty());
        connect.setDefaultButton(true);
        connect.disableProperty().bind(model.connectingProperty());
        connect.setOnAction(e -> form.connect());
        HBox actions = new HBox(12, connect, spinner, status);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        model.connectingProperty().addListener((o, was, now) -> {
            if (!now) {
                // What the server has is known from the calls the reads made.
                showApi();
            }
        });

        trust.visibleProperty().bind(form.untrustedProperty().isNotNull());
        trust.managedProperty().bind(trust.visibleProperty());
        trust.setOnAction(e -> form.trustAndConnect());
        api.managedProperty().bind(api.visibleProperty());
        api.setVisible(false);
        model.sessionProperty().addListener((o, was, now) -> showApi());
        box.getChildren().addAll(title, intro, local, localNote, remote, remoteNote, demo, demoNote, grid, actions, error, trust, api);
    }

    /** The controls follow the model and the model the controls. */
    private void bind() {
        kind.selectToggle(form.kindProperty().get() == Target.Kind.LOCAL_WINDOWS ? local
                : form.kindProperty().get() == Target.Kind.REMOTE ? remote : demo);
        kind.selectedToggleProperty().addListener((o, was, now) -> form.kindProperty().set((Target.Kind) now.getUserData()));
        url.textProperty().bindBidirectional(form.urlProperty());
        user.textProperty().bindBidirectional(form.userProperty());
        password.textProperty().bindBidirectional(form.passwordProperty());
        code.textProperty().bindBidirectional(form.codeProperty());
        apiMap.textProperty().bindBidirectional(form.apiMapProperty());
        plainHttp.selectedProperty().bindBidirectional(form.plainHttpProperty());
        error.textProperty().bind(form.errorProperty());
        status.textProperty().bind(form.statusProperty());
        for (javafx.scene.Node n : new javafx.scene.Node[] {url, user, password, code, apiMap, plainHttp, chooseMap}) {
            n.disableProperty().bind(form.demoChosenProperty());
        }
        form.codeWantedProperty().addListener((o, was, now) -> {
            if (now) {
                code.requestFocus();
            }
        });
    }

    ScrollPane node() {
        return scroll;
    }

    Button connectButton() {
        return connect;
    }

    /** Connect gets the focus: Enter connects to the chosen target (a focused button takes Enter for itself). */
    void focusFirst() {
        connect.requestFocus();
    }

    private RadioButton choice(String key, String id, Target.Kind k) {
        RadioButton r = Ui.id(new RadioButton(Ui.text(key)), id);
        r.setToggleGroup(kind);
        r.setUserData(k);
        r.getStyleClass().add("target-choice");
        return r;
    }

    private static Label fieldLabel(String key, javafx.scene.Node field) {
        Label l = new Label(Ui.text(key));
        l.setLabelFor(field);
        l.setMnemonicParsing(true);
        return l;
    }

    /** Which calls of the endpoint catalog this server has, and which steps use them. */
    private void showApi() {
        api.getChildren().clear();
        var s = model.session();
        var client = s == null ? java.util.Optional.<lockdown.smartermail.SmarterMailApi>empty() : lockdown.steps.Reach.api(s.target());
        api.setVisible(client.isPresent());
        if (client.isEmpty()) {
            return;
        }
        api.getChildren().add(Ui.styled(new Label(Ui.text("ui.start.api-title")), "card-title"));
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(2);
        grid.addRow(0, Ui.label("ui.api.call", "field-name"), Ui.label("ui.api.evidence", "field-name"),
                Ui.label("ui.api.here", "field-name"), Ui.label("ui.api.used-by", "field-name"));
        int row = 1;
        for (lockdown.steps.Steps.ApiRow r : lockdown.steps.Steps.apiReport(client.get())) {
            String here = r.found().map(f -> Ui.text(f ? "ui.api.found" : "ui.api.missing")).orElse(Ui.text("ui.api.not-checked"));
            Label hereLabel = new Label(here);
            if (r.found().isPresent() && !r.found().get()) {
                hereLabel.getStyleClass().add("error-text");
            }
            grid.addRow(row++, new Label(r.endpoint().action().text()), new Label(r.evidence().label().text()), hereLabel,
                    new Label(String.join(", ", r.usedBy().stream().map(g -> g.label().text()).toList())));
        }
        api.getChildren().add(grid);
    }
}
