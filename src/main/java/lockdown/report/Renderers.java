package lockdown.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import lockdown.base.LockdownException;
import lockdown.base.Msg;

/** Renders a report in a format and writes it to a file. */
public final class Renderers {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Renderers() {
    }

    public static String render(Report report, Format format) {
        return switch (format) {
            case HTML -> HtmlReport.render(report);
            case MARKDOWN -> MarkdownReport.render(report);
            case JSON -> json(report);
        };
    }

    private static String json(Report report) {
        try {
            return JSON.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes through a temporary file, so a failed write never leaves half a report behind. */
    public static void write(Report report, Format format, Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            // Never a folder created silently: the caller asked the user, or refused.
            ExportFolder.missing(file).ifPresent(d -> {
                throw new LockdownException(Msg.of("report.unwritable", file, Msg.of("report.no-folder", d)));
            });
            Path tmp = Files.createTempFile(dir, ".lockdown-report", ".tmp");
            Files.writeString(tmp, render(report, format), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            lockdown.base.Private.restrict(file, false);
        } catch (IOException e) {
            throw new LockdownException(Msg.of("report.unwritable", file, e.getMessage()), e);
        }
    }
}
