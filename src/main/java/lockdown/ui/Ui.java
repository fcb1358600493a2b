package lockdown.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import lockdown.base.Messages;
import lockdown.base.Msg;

/** Small helpers for code-built views: every text comes from the bundle. */
public final class Ui {

    private Ui() {
    }

    public static String text(String key, Object... args) {
        return args.length == 0 ? Messages.get(key) : Msg.of(key, args).text();
    }

    /** A label with bundle text and style classes. */
    public static Label label(String key, String... styles) {
        return styled(new Label(text(key)), styles);
    }

    /** A label that wraps, for sentences. */
    public static Label paragraph(String text, String... styles) {
        Label l = styled(new Label(text), styles);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    public static <T extends javafx.scene.Node> T styled(T node, String... styles) {
        node.getStyleClass().addAll(styles);
        return node;
    }

    public static <T extends javafx.scene.Node> T id(T node, String id) {
        node.setId(id);
        return node;
    }
}
