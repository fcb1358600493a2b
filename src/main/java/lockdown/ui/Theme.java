package lockdown.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The look: AtlantaFX's Primer Light theme, plus {@code app.css} for the wizard's own layout. The
 * colours live in one place, the looked-up colours at the top of {@code app.css}, which refer to
 * the theme's palette.
 */
public final class Theme {

    private Theme() {
    }

    public static void apply() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource("/lockdown/ui/app.css").toExternalForm());
    }
}
