package lockdown.ui;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lockdown.base.FieldError;
import lockdown.base.InvalidSettingsException;
import lockdown.base.LockdownException;
import lockdown.base.Msg;
import lockdown.core.Guide;
import lockdown.core.Target;
import lockdown.smartermail.ApiException;
import lockdown.smartermail.ServerUrl;
import lockdown.smartermail.UntrustedCertificateException;

/**
 * The start page's state, without controls: which target, the login the administrator types, what
 * went wrong, and a certificate waiting to be accepted. Connecting checks the input first (naming
 * the field), then logs in once in the background; a failed login is not retried.
 */
final class StartModel {

    private final WizardModel wizard;
    private final ObjectProperty<Target.Kind> kind = new SimpleObjectProperty<>();
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty apiMap = new SimpleStringProperty("");
    private final BooleanProperty plainHttp = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<UntrustedCertificateException> untrusted = new SimpleObjectProperty<>();
    private final BooleanProperty codeWanted = new SimpleBooleanProperty();
    private final BooleanBinding demoChosen = Bindings.createBooleanBinding(() -> kind.get() == Target.Kind.DEMO, kind);

    StartModel(WizardModel wizard, boolean onWindows) {
        this.wizard = wizard;
        kind.set(onWindows ? Target.Kind.LOCAL_WINDOWS : Target.Kind.DEMO);
        url.set(onWindows ? lockdown.Wiring.LOCAL_URL : "");
        kind.addListener((o, was, now) -> {
            if (now == Target.Kind.LOCAL_WINDOWS && url.get().isBlank()) {
                url.set(lockdown.Wiring.LOCAL_URL);
            }
            error.set("");
        });
        // A certificate accepted for one address is never carried over to another.
        url.addListener((o, was, now) -> untrusted.set(null));
        wizard.readProperty().addListener((o, was, now) -> {
            if (wizard.connectingProperty().get()) {
                status.set(Ui.text("ui.progress.reading", now, Guide.steps().size()));
            }
        });
        wizard.connectingProperty().addListener((o, was, now) -> {
            if (!now) {
                status.set(wizard.session() == null ? "" : Ui.text("ui.start.connected", wizard.session().target().name()));
            }
        });
    }

    ObjectProperty<Target.Kind> kindProperty() {
        return kind;
    }

    StringProperty urlProperty() {
        return url;
    }

    StringProperty userProperty() {
        return user;
    }

    StringProperty passwordProperty() {
        return password;
    }

    StringProperty codeProperty() {
        return code;
    }

    StringProperty apiMapProperty() {
        return apiMap;
    }

    BooleanProperty plainHttpProperty() {
        return plainHttp;
    }

    /** What went wrong, for people; empty when nothing did. */
    StringProperty errorProperty() {
        return error;
    }

    StringProperty statusProperty() {
        return status;
    }

    /** A certificate no authority vouches for, waiting for the administrator to compare and accept it. */
    ObjectProperty<UntrustedCertificateException> untrustedProperty() {
        return untrusted;
    }

    /** The server asked for a two-factor code: the page puts the cursor there. */
    BooleanProperty codeWantedProperty() {
        return codeWanted;
    }

    BooleanBinding demoChosenProperty() {
        return demoChosen;
    }

    /** Connects with the input as it stands. */
    void connect() {
        connect(null);
    }

    /** The administrator compared the fingerprint: connect accepting exactly that certificate (kept once the login worked). */
    void trustAndConnect() {
        UntrustedCertificateException u = untrusted.get();
        if (u != null) {
            connect(u.fingerprint());
        }
    }

    private void connect(String trustFingerprint) {
        error.set("");
        untrusted.set(null);
        codeWanted.set(false);
        Target.Kind k = kind.get();
        char[] pw = password.get().toCharArray();
        ConnectRequest request;
        try {
            request = request(k, pw, trustFingerprint);
        } catch (InvalidSettingsException e) {
            error.set(String.join("\n", e.errors().stream().map(FieldError::text).map(Msg::text).toList()));
            return;
        }
        status.set(Ui.text(k == Target.Kind.DEMO ? "ui.start.starting-demo" : "ui.start.logging-in"));
        wizard.connect(request, () -> {
            Arrays.fill(pw, '\0');
            password.set("");
            code.set("");
            wizard.go(Page.of(Guide.steps().getFirst()));
        }, e -> failed(e, pw));
    }

    private ConnectRequest request(Target.Kind k, char[] pw, String trustFingerprint) {
        if (k != Target.Kind.DEMO) {
            ServerUrl.parse(url.get());
            if (user.get().isBlank()) {
                throw new InvalidSettingsException("username", Msg.of("login.username-empty"));
            }
            if (pw.length == 0) {
                throw new InvalidSettingsException("password", Msg.of("login.password-empty"));
            }
        }
        return new ConnectRequest(k, url.get().strip(), user.get().strip(), pw, code.get().isBlank() ? null : code.get().strip(),
                apiMap.get().strip(), plainHttp.get(), trustFingerprint);
    }

    private void failed(RuntimeException e, char[] pw) {
        Arrays.fill(pw, '\0');
        status.set("");
        if (e instanceof UntrustedCertificateException u) {
            untrusted.set(u);
        }
        if (e instanceof ApiException ae && ae.kind() == ApiException.Kind.TWO_FACTOR_REQUIRED) {
            code.set("");
            codeWanted.set(true);
        } else if (untrusted.get() == null) {
            password.set("");
            code.set("");
        }
        error.set(e instanceof LockdownException le ? le.msg().text() : Ui.text("error.unexpected", e.getClass().getSimpleName()));
    }
}
