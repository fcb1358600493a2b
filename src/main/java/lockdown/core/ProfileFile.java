package lockdown.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import lockdown.base.FieldError;
import lockdown.base.InvalidSettingsException;
import lockdown.base.LockdownException;
import lockdown.base.Msg;

/**
 * A profile as a JSON file (the schema is in docs/profile.md): read and checked as a whole, every
 * problem named by its place in the file ({@code steps.smtp-relay.allow-relay},
 * {@code exceptions[0].until}); written with the values in their plain form.
 */
public final class ProfileFile {

    /** The value of the file's {@code schema} field. */
    public static final String SCHEMA = "smartermail-lockdown-profile";
    static final int REASON_MAX = 500;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProfileFile() {
    }

    public static Profile read(Path file, Function<Guide, List<Setting<?>>> settingsOf) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new InvalidSettingsException("profile", Msg.of("profile.not-json", file, e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidSettingsException("profile", Msg.of("profile.unreadable", file, e.getMessage()));
        }
        return parse(root, settingsOf);
    }

    static Profile parse(JsonNode root, Function<Guide, List<Setting<?>>> settingsOf) {
        List<FieldError> errors = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidSettingsException("profile", Msg.of("profile.not-object"));
        }
        if (!SCHEMA.equals(root.path("schema").asText())) {
            errors.add(new FieldError("schema", Msg.of("profile.schema", SCHEMA)));
        }
        JsonNode version = root.path("version");
        if (!version.canConvertToInt() || version.asInt() < 1) {
            errors.add(new FieldError("version", Msg.of("profile.version-missing", Profile.VERSION)));
        } else if (version.asInt() > Profile.VERSION) {
            errors.add(new FieldError("version", Msg.of("profile.version-newer", version.asInt(), Profile.VERSION)));
        }
        Map<Guide, Settings> wanted = steps(root.path("steps"), settingsOf, errors);
        List<AcceptedRisk> exceptions = exceptions(root.path("exceptions"), settingsOf, errors);
        if (!errors.isEmpty()) {
            throw new InvalidSettingsException(errors);
        }
        return new Profile(root.path("name").asText(""), wanted, exceptions);
    }

    private static Map<Guide, Settings> steps(JsonNode steps, Function<Guide, List<Setting<?>>> settingsOf, List<FieldError> errors) {
        Map<Guide, Settings> wanted = new EnumMap<>(Guide.class);
        if (steps.isMissingNode() || steps.isNull()) {
            return wanted;
        }
        if (!steps.isObject()) {
            errors.add(new FieldError("steps", Msg.of("profile.not-object")));
            return wanted;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = steps.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String place = "steps." + e.getKey();
            Optional<Guide> g = Guide.byId(e.getKey());
            if (g.isEmpty()) {
                errors.add(new FieldError(place, Msg.of("profile.unknown-step", ids())));
                continue;
            }
            if (!e.getValue().isObject()) {
                errors.add(new FieldError(place, Msg.of("profile.not-object")));
                continue;
            }
            Settings s = Settings.EMPTY;
            for (Iterator<Map.Entry<String, JsonNode>> values = e.getValue().fields(); values.hasNext(); ) {
                Map.Entry<String, JsonNode> v = values.next();
                Optional<Setting<?>> setting = settingsOf.apply(g.get()).stream().filter(x -> x.key().equals(v.getKey())).findFirst();
                String at = place + "." + v.getKey();
                if (setting.isEmpty() || setting.get().readOnly() || !setting.get().type().typed()) {
                    errors.add(new FieldError(at, Msg.of("setting.unknown", v.getKey(), String.join(", ", settable(settingsOf.apply(g.get()))))));
                    continue;
                }
                try {
                    s = s.withValue(setting.get(), value(setting.get(), v.getValue()));
                } catch (InvalidSettingsException bad) {
                    bad.errors().forEach(fe -> errors.add(new FieldError(at, fe.problem())));
                }
            }
            wanted.put(g.get(), s);
        }
        return wanted;
    }

    /** The plain JSON form, or the command line's text form ({@code --set}) for a value given as a string. */
    private static Object value(Setting<?> setting, JsonNode node) {
        Object plain = JSON.convertValue(node, Object.class);
        try {
            return setting.canonical(setting.fromPlain(plain));
        } catch (IllegalArgumentException | InvalidSettingsException notPlain) {
            if (node.isTextual()) {
                return setting.parse(node.asText());
            }
            throw new InvalidSettingsException(setting.key(), Msg.of("profile.bad-value", node.toString()));
        }
    }

    private static List<AcceptedRisk> exceptions(JsonNode list, Function<Guide, List<Setting<?>>> settingsOf, List<FieldError> errors) {
        List<AcceptedRisk> out = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            errors.add(new FieldError("exceptions", Msg.of("profile.not-list")));
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String at = "exceptions[" + i + "]";
            int before = errors.size();
            Optional<Guide> g = Guide.byId(e.path("step").asText(""));
            if (g.isEmpty()) {
                errors.add(new FieldError(at + ".step", Msg.of("profile.unknown-step", ids())));
            }
            String setting = e.hasNonNull("setting") ? e.path("setting").asText() : null;
            if (g.isPresent() && setting != null && settingsOf.apply(g.get()).stream().noneMatch(s -> s.key().equals(setting))) {
                errors.add(new FieldError(at + ".setting", Msg.of("setting.unknown", setting,
                        String.join(", ", settingsOf.apply(g.get()).stream().map(Setting::key).toList()))));
            }
            String reason = required(e, "reason", at, errors);
            String approvedBy = required(e, "approvedBy", at, errors);
            LocalDate until = null;
            try {
                until = LocalDate.parse(e.path("until").asText(""));
            } catch (DateTimeParseException bad) {
                errors.add(new FieldError(at + ".until", Msg.of("profile.date", e.path("until").asText(""))));
            }
            if (errors.size() == before) {
                out.add(new AcceptedRisk(g.get(), setting, reason, approvedBy, until));
            }
        }
        return out;
    }

    private static String required(JsonNode e, String field, String at, List<FieldError> errors) {
        String text = e.path(field).asText("").strip();
        if (text.isEmpty()) {
            errors.add(new FieldError(at + "." + field, Msg.of("profile.required")));
        } else if (text.length() > REASON_MAX) {
            errors.add(new FieldError(at + "." + field, Msg.of("profile.too-long", REASON_MAX)));
        }
        return text;
    }

    private static List<String> settable(List<Setting<?>> settings) {
        return settings.stream().filter(s -> !s.readOnly() && s.type().typed()).map(Setting::key).toList();
    }

    private static String ids() {
        return String.join(", ", Guide.steps().stream().map(Guide::id).toList());
    }

    /** The profile as JSON text: the values in their plain form, secrets never written. */
    public static String text(Profile p, Function<Guide, List<Setting<?>>> settingsOf) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("version", Profile.VERSION);
        root.put("name", p.name());
        ObjectNode steps = root.putObject("steps");
        for (Guide g : Guide.steps()) {
            Settings s = p.wanted(g);
            if (s.isEmpty()) {
                continue;
            }
            List<Setting<?>> settable = settingsOf.apply(g).stream().filter(x -> !x.readOnly() && x.type().typed()).toList();
            ObjectNode step = steps.putObject(g.id());
            s.toPlain(settable).forEach((k, v) -> {
                if (settable.stream().anyMatch(x -> x.key().equals(k))) {
                    step.set(k, JSON.valueToTree(v));
                }
            });
        }
        ArrayNode exceptions = root.putArray("exceptions");
        p.exceptions().forEach(e -> exception(exceptions.addObject(), e));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An exception as the profile file (and the audit JSON) writes it. */
    public static ObjectNode exception(ObjectNode o, AcceptedRisk e) {
        o.put("step", e.step().id());
        if (e.setting() != null) {
            o.put("setting", e.setting());
        }
        o.put("reason", e.reason());
        o.put("approvedBy", e.approvedBy());
        o.put("until", e.until().toString());
        return o;
    }

    /** Writes the profile; the folder must exist. */
    public static void write(Profile p, Path file, Function<Guide, List<Setting<?>>> settingsOf) {
        try {
            Files.writeString(file, text(p, settingsOf), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LockdownException(Msg.of("profile.unwritable", file, e.getMessage()), e);
        }
    }
}
