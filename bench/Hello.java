import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * A bare JavaFX window of the wizard's size: what start-up is compared with. Started through
 * {@code main} of a class that is not the Application (as the wizard's launcher does), so JavaFX
 * may come from the class path.
 */
public class Hello {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Hello");
            stage.setScene(new Scene(new Label("Hello"), 1280, 800));
            stage.show();
        }
    }
}
