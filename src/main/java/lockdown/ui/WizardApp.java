package lockdown.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import lockdown.Wiring;

/** The wizard's JavaFX application: one window at 1280x800. */
public final class WizardApp extends Application {

    private static volatile Wiring wiring;
    private ExecutorService executor;
    private WizardModel model;

    /** Opens the window on this wiring (JavaFX builds the application itself, so it is handed over here). */
    public static void launchWindow(Wiring w, String[] args) {
        wiring = w;
        launch(WizardApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Theme.apply();
        executor = Executors.newVirtualThreadPerTaskExecutor();
        model = new WizardModel(Connector.standard(wiring == null ? Wiring.standard() : wiring), new Tasks(executor));
        MainWindow window = new MainWindow(model, new FxDialogs(stage), Wiring.windowsHere());
        Scene scene = new Scene(window.root(), 1280, 800);
        Theme.style(scene);
        stage.setScene(scene);
        window.install(stage);
        var icon = WizardApp.class.getResourceAsStream("/lockdown/ui/icon-64.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        stage.show();
        executor.submit(lockdown.Logs::setup);
    }

    @Override
    public void stop() {
        model.closeConnection();
        executor.shutdownNow();
    }
}
