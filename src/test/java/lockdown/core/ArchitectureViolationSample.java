package lockdown.core;

/**
 * Breaks the layer rules on purpose, by fully qualified names only (no import line a text search
 * would see), so ArchitectureTest can show its rules catch it. Never used.
 */
public final class ArchitectureViolationSample {

    private ArchitectureViolationSample() {
    }

    static Object broken() {
        javafx.scene.control.Label label = new javafx.scene.control.Label("x");
        return java.util.List.of(label, lockdown.smartermail.SmarterMailClient.class);
    }
}
