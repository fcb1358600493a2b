package lockdown.ui;

import static lockdown.ui.WizardFixture.onFx;
import static lockdown.ui.WizardFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import lockdown.core.Guide;
import lockdown.core.Status;
import lockdown.report.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The summary at 1280×800: every cell's text whole (wrapped, with a tooltip), the bars' labels never cut. */
class SummaryPageTest extends WindowTest {

    @Test
    void cellsWrapInsteadOfCuttingAndTheFullTextIsReachable(FxRobot robot) {
        fx.connect(robot);
        robot.clickOn("#nav-smtp-relay");
        waitUntil(() -> !fx.disabled(robot, "#apply"));
        robot.clickOn("#apply");
        waitUntil(() -> fx.sidebarStatus(robot, Guide.SMTP_RELAY) == Status.APPLIED);
        robot.clickOn("#nav-summary");
        fx.summaryShown(robot);

        List<TableCell<?, ?>> cells = new ArrayList<>();
        robot.interact(() -> robot.lookup("#summary-table .table-cell").queryAll().forEach(n -> {
            if (n instanceof TableCell<?, ?> c && c.getItem() != null && !c.getItem().toString().isEmpty()) {
                cells.add(c);
            }
        }));
        assertThat(cells).as("cells with text").hasSizeGreaterThan(20);
        for (TableCell<?, ?> c : cells) {
            String full = c.getItem().toString();
            onFx(() -> {
                Text shown = (Text) c.getGraphic();
                assertThat(shown.getText()).as("no ellipsis").isEqualTo(full);
                assertThat(shown.getLayoutBounds().getHeight()).as("the row is as tall as the wrapped text: " + full)
                        .isLessThanOrEqualTo(c.getHeight() + 1);
                assertThat(c.getTooltip().getText()).isEqualTo(full);
                return null;
            });
        }

        // The relay row (the 13th), chosen: its full text shows below the table.
        robot.interact(() -> robot.lookup("#summary-table").queryTableView().getSelectionModel().select(12));
        waitUntil(() -> fx.text(robot, "#summary-details-changes").contains("Allow relay: Anyone → Nobody"));
    }

    @TempDir
    Path dir;

    @Test
    void aFolderThatDoesNotExistIsCreatedOnlyWhenTheAdministratorSaysSo(FxRobot robot) {
        fx.connect(robot);
        robot.clickOn("#nav-summary");
        fx.summaryShown(robot);
        Path folder = dir.resolve("reports");
        Path file = folder.resolve("summary.md");
        fx.dialogs.saveTo.put(Format.MARKDOWN, file);
        robot.clickOn("#export-md");
        waitUntil(() -> fx.text(robot, "#export-result").contains("does not exist"));
        assertThat(fx.dialogs.folderAsked).containsExactly(folder);
        assertThat(folder).doesNotExist();

        fx.dialogs.createFolder = true;
        robot.clickOn("#export-md");
        waitUntil(() -> Files.exists(file) && fx.text(robot, "#export-result").contains("summary.md"));
    }

    @Test
    void theBarsShowTheirCountsWhole(FxRobot robot) {
        fx.connect(robot);
        robot.clickOn("#nav-summary");
        fx.summaryShown(robot);
        List<Label> segments = onFx(() -> robot.lookup(".segment").queryAllAs(Label.class).stream().toList());
        assertThat(segments).isNotEmpty();
        for (Label l : segments) {
            assertThat(onFx(l::getText)).matches("\\d+");
            assertThat(onFx(l::isTextTruncated)).as("segment " + l.getText()).isFalse();
            assertThat(onFx(() -> l.getTooltip().getText())).matches("\\d+ \\D+");
        }
        assertThat(onFx(() -> robot.lookup(".summary-page").query().getParent()).toString()).isNotEmpty();
    }
}
