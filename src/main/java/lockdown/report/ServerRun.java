package lockdown.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;

/**
 * One server's audit as {@code audit --json} (or {@code apply --all --json}) wrote it: the input of
 * {@code merge} and {@code diff}. Version 1 files are read, and files from before the schema field
 * (version 0, the same shape); a newer version or another kind of file is refused by name.
 */
public record ServerRun(String file, String target, String url, String date, String tool, List<Step> steps,
                        List<Accepted> exceptions) {

    public static final String SCHEMA = "smartermail-lockdown-audit";
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One step of the run: its status code ("at-risk"), why, and the current values as JSON. */
    public record Step(String id, String title, String status, String reason, JsonNode current) {
    }

    /** An exception the run was judged with. */
    public record Accepted(String step, String setting, String reason, String approvedBy, String until, boolean expired) {

        String key() {
            return step + "/" + (setting == null ? "" : setting);
        }
    }

    public ServerRun {
        steps = List.copyOf(steps);
        exceptions = List.copyOf(exceptions);
    }

    /** The step with this id, or null. */
    public Step step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** Steps by status code, in the order of {@link Rank}. */
    public Map<String, Integer> counts() {
        Map<String, Integer> c = new LinkedHashMap<>();
        for (Step s : steps) {
            c.merge(s.status(), 1, Integer::sum);
        }
        return c;
    }

    public static ServerRun read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidSettingsException(file.toString(), Msg.of("merge.no-file"));
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new InvalidSettingsException(file.toString(), Msg.of("merge.unreadable", e.getMessage()));
        }
        String schema = root == null ? "" : root.path("schema").asText("");
        int version = root == null ? -1 : root.path("version").asInt(0);
        boolean old = schema.isEmpty() && root != null && root.path("steps").isArray() && root.has("target");
        if (!old && !SCHEMA.equals(schema)) {
            throw new InvalidSettingsException(file.toString(), Msg.of("merge.not-an-audit"));
        }
        if (version > VERSION) {
            throw new InvalidSettingsException(file.toString(), Msg.of("merge.newer", version, VERSION));
        }
        List<Step> steps = new ArrayList<>();
        for (JsonNode s : root.path("steps")) {
            steps.add(new Step(s.path("step").asText(), s.path("title").asText(s.path("step").asText()), s.path("status").asText("unknown"),
                    s.path("reason").asText(""), s.path("current")));
        }
        List<Accepted> exceptions = new ArrayList<>();
        for (JsonNode e : root.path("exceptions")) {
            exceptions.add(new Accepted(e.path("step").asText(), e.hasNonNull("setting") ? e.path("setting").asText() : null,
                    e.path("reason").asText(""), e.path("approvedBy").asText(""), e.path("until").asText(""), e.path("expired").asBoolean()));
        }
        return new ServerRun(file.getFileName().toString(), root.path("target").asText("?"), root.path("url").asText(""),
                root.path("date").asText(""), root.path("tool").asText(""), steps, exceptions);
    }
}
