package lockdown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import lockdown.Connection;
import lockdown.core.Guide;
import lockdown.core.Status;
import lockdown.sim.SimulatedSmarterMail;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on the demo, as the tests drive it: the real model and window, the demo connector
 * (keeping the connection so a test can make the simulator misbehave), and dialogs the test answers.
 */
final class WizardFixture {

    final FakeDialogs dialogs = new FakeDialogs();
    final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    final AtomicReference<Connection> connection = new AtomicReference<>();
    final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    Consumer<Connection> beforeProbe = c -> { };
    WizardModel model;
    MainWindow window;
    Stage stage;

    void start(Stage stage) {
        this.stage = stage;
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        Theme.apply();
        Connector demo = r -> {
            Connection c = r.kind() == lockdown.core.Target.Kind.DEMO ? lockdown.Wiring.standard().demo() : Connector.standard(lockdown.Wiring.standard()).open(r);
            beforeProbe.accept(c);
            connection.set(c);
            return c;
        };
        model = new WizardModel(demo, new Tasks(executor));
        window = new MainWindow(model, dialogs, false);
        Scene scene = new Scene(window.root(), 1280, 800);
        Theme.style(scene);
        stage.setScene(scene);
        window.install(stage);
        stage.show();
    }

    /** A simulated server of the test's own, reached "by URL". */
    SimulatedSmarterMail remote;

    SimulatedSmarterMail remote() {
        if (remote == null) {
            remote = SimulatedSmarterMail.start(0);
        }
        return remote;
    }

    void stop() {
        if (remote != null) {
            remote.close();
        }
        model.closeConnection();
        executor.shutdownNow();
        assertThat(uncaught).as("uncaught exceptions").isEmpty();
    }

    SimulatedSmarterMail sim() {
        return connection.get().simulator().orElseThrow();
    }

    /** Waits (up to 15 s) for a condition checked on the FX thread. */
    static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
    }

    static <T> T onFx(Supplier<T> s) {
        try {
            return WaitForAsyncUtils.asyncFx(s::get).get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Connects to the demo through the start page and waits until every step is read. */
    void connect(FxRobot robot) {
        robot.clickOn("#target-demo");
        robot.clickOn("#connect");
        waitUntil(() -> model.session() != null && !model.connectingProperty().get()
                && model.views().size() == Guide.steps().size());
    }

    Status sidebarStatus(FxRobot robot, Guide g) {
        return onFx(() -> (Status) robot.lookup("#nav-" + g.id()).queryButton().getUserData());
    }

    /** The text of a label or button; empty while there is no such node. */
    String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText()).orElse(""));
    }

    /** Scrolls the page so the node is in view, so a click reaches it. */
    void reveal(FxRobot robot, String query) {
        robot.interact(() -> {
            javafx.scene.Node n = robot.lookup(query).query();
            javafx.scene.Node p = n.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane sp) {
                javafx.geometry.Bounds b = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                double room = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (b.getMinY() - 40) / room)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Gives a field the focus without clicking it (it may be scrolled out of view), so typing reaches it. */
    void focus(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
    }

    /** Waits until the shown page is neither reading nor planning, so its nodes are no longer replaced. */
    void settled(FxRobot robot) {
        waitUntil(() -> onFx(() -> robot.lookup("#working").tryQuery().map(n -> !n.isVisible()).orElse(true)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the summary page has built its report (in the background) and shows every step. */
    void summaryShown(FxRobot robot) {
        waitUntil(() -> onFx(() -> robot.lookup("#summary-table").tryQuery()
                .map(t -> ((javafx.scene.control.TableView<?>) t).getItems().size() == Guide.steps().size()).orElse(false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    boolean disabled(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).query().isDisabled());
    }

    /** Writes a PNG of the window for a person to look at. */
    void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(capture(), "png", dir.resolve(name + ".png").toFile());
    }

    /**
     * Writes one of the README's pictures to docs/screenshots when the window looks different
     * from the committed one (more than a port number or a name apart), so they cannot go stale.
     */
    void docsScreenshot(String name) throws IOException {
        BufferedImage now = capture();
        Path file = Path.of("docs", "screenshots", name + ".png");
        if (Files.exists(file) && Screenshots.alike(ImageIO.read(file.toFile()), now)) {
            return;
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(now, "png", file.toFile());
    }

    private BufferedImage capture() {
        WritableImage image = onFx(() -> stage.getScene().getRoot().snapshot(null, null));
        PixelReader px = image.getPixelReader();
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, px.getArgb(x, y));
            }
        }
        return out;
    }

    static Node node(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }
}
