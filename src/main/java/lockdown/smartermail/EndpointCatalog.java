package lockdown.smartermail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lockdown.base.LockdownException;
import lockdown.base.Msg;

/**
 * The endpoint catalog: for every {@link Endpoint}, its method, path, shapes, evidence and wire
 * names. Loaded from {@code endpoints.json}; the only place endpoint paths are written down.
 */
public final class EndpointCatalog {

    /**
     * One catalog entry. {@code fields} and {@code values} map logical names to wire names.
     * {@code idempotent}: a write whose repetition changes nothing more (it may be sent again when a
     * reused connection turns out to be closed); reads always are.
     */
    public record Entry(Endpoint endpoint, String method, String path, Evidence evidence, String source,
                        String request, String response, Map<String, String> fields, Map<String, String> values,
                        boolean idempotent) {

        public String field(String logical) {
            return fields.getOrDefault(logical, logical);
        }

        public String value(String logical) {
            return values.getOrDefault(logical, logical);
        }

        /** The logical name of a wire value, if the catalog lists it. */
        public Optional<String> logicalValue(String wire) {
            return values.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(wire)).map(Map.Entry::getKey)
                    .findFirst();
        }

        /** The path with its {parameters} filled in (URL-encoded). */
        public String path(Map<String, String> params) {
            String p = path;
            for (Map.Entry<String, String> e : params.entrySet()) {
                p = p.replace("{" + e.getKey() + "}", URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            }
            return p;
        }

        /** Whether a request path matches this entry's path template. */
        public Optional<Map<String, String>> match(String requestPath) {
            String[] want = path.split("/");
            String[] got = requestPath.split("/");
            if (want.length != got.length) {
                return Optional.empty();
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < want.length; i++) {
                if (want[i].startsWith("{") && want[i].endsWith("}")) {
                    params.put(want[i].substring(1, want[i].length() - 1), got[i]);
                } else if (!want[i].equalsIgnoreCase(got[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(params);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<Endpoint, Entry> entries;

    private EndpointCatalog(Map<Endpoint, Entry> entries) {
        this.entries = entries;
    }

    /** The catalog shipped with the wizard. */
    public static EndpointCatalog defaults() {
        try (InputStream in = EndpointCatalog.class.getResourceAsStream("endpoints.json")) {
            return new EndpointCatalog(parse(JSON.readTree(in)));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("endpoints.json is missing or broken", e);
        }
    }

    /**
     * This catalog with the administrator's corrections for their build: a JSON file of the form
     * {@code {"endpoints": {"GET_SMTP_IN": {"path": "...", "fields": {...}}}}}. Given keys replace
     * (method, path) or extend (fields, values) the shipped entry; the entry's
     * evidence becomes "set by the administrator". A file with mistakes changes nothing and says which.
     */
    public EndpointCatalog withOverrides(java.nio.file.Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new lockdown.base.InvalidSettingsException(MAP_FIELD, Msg.of("catalog.unreadable", file, e.getMessage()));
        }
        if (root == null || !root.path("endpoints").isObject()) {
            throw new lockdown.base.InvalidSettingsException(MAP_FIELD, Msg.of("catalog.no-endpoints", file));
        }
        Map<Endpoint, Entry> out = new EnumMap<>(entries);
        java.util.List<lockdown.base.FieldError> errors = new java.util.ArrayList<>();
        root.path("endpoints").properties().forEach(p -> {
            Endpoint e;
            try {
                e = Endpoint.valueOf(p.getKey());
            } catch (IllegalArgumentException unknown) {
                errors.add(new lockdown.base.FieldError(MAP_FIELD, Msg.of("catalog.unknown-endpoint", p.getKey(),
                        String.join(", ", java.util.Arrays.stream(Endpoint.values()).map(Enum::name).toList()))));
                return;
            }
            errors.addAll(check(e, p.getValue()));
            if (errors.isEmpty()) {
                out.put(e, override(entry(e), p.getValue(), file.getFileName().toString()));
            }
        });
        if (!errors.isEmpty()) {
            throw new lockdown.base.InvalidSettingsException(errors);
        }
        return new EndpointCatalog(out);
    }

    /** The field name used in messages about the API map. */
    public static final String MAP_FIELD = "api-map";

    private static java.util.List<lockdown.base.FieldError> check(Endpoint e, JsonNode n) {
        java.util.List<lockdown.base.FieldError> errors = new java.util.ArrayList<>();
        java.util.Set<String> allowed = java.util.Set.of("method", "path", "fields", "values");
        java.util.Set<String> retired = java.util.Set.of("example", "check");
        n.properties().forEach(p -> {
            if (retired.contains(p.getKey())) {
                errors.add(new lockdown.base.FieldError(MAP_FIELD, Msg.of("catalog.retired-key", e.name(), p.getKey())));
            } else if (!allowed.contains(p.getKey())) {
                errors.add(new lockdown.base.FieldError(MAP_FIELD, Msg.of("catalog.unknown-key", e.name(), p.getKey())));
            }
        });
        String method = n.path("method").asText("GET");
        if (n.has("method") && !java.util.List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
            errors.add(new lockdown.base.FieldError(MAP_FIELD, Msg.of("catalog.bad-method", e.name(), method)));
        }
        String path = n.path("path").asText("/");
        if (n.has("path") && (!path.startsWith("/") || path.contains("..") || path.contains("?") || path.contains("#"))) {
            errors.add(new lockdown.base.FieldError(MAP_FIELD, Msg.of("catalog.bad-path", e.name(), path)));
        }
        return errors;
    }

    private static Entry override(Entry base, JsonNode n, String source) {
        Map<String, String> fields = new LinkedHashMap<>(base.fields());
        fields.putAll(strings(n.path("fields")));
        Map<String, String> values = new LinkedHashMap<>(base.values());
        values.putAll(strings(n.path("values")));
        return new Entry(base.endpoint(), n.path("method").asText(base.method()), n.path("path").asText(base.path()),
                Evidence.ADMINISTRATOR, source, base.request(), base.response(), Map.copyOf(fields), Map.copyOf(values),
                base.idempotent());
    }

    public Entry entry(Endpoint e) {
        Entry entry = entries.get(e);
        if (entry == null) {
            throw new LockdownException(Msg.of("catalog.missing-entry", e.name()));
        }
        return entry;
    }

    public Map<Endpoint, Entry> entries() {
        return Map.copyOf(entries);
    }

    private static Map<Endpoint, Entry> parse(JsonNode root) {
        Map<Endpoint, Entry> out = new EnumMap<>(Endpoint.class);
        JsonNode endpoints = root.path("endpoints");
        for (Endpoint e : Endpoint.values()) {
            JsonNode n = endpoints.path(e.name());
            if (n.isMissingNode()) {
                continue;
            }
            out.put(e, new Entry(e, n.path("method").asText("GET"), n.path("path").asText(),
                    Evidence.valueOf(n.path("evidence").asText("unverified").toUpperCase(java.util.Locale.ROOT)),
                    n.path("source").asText(""), n.path("request").asText(""), n.path("response").asText(""),
                    strings(n.path("fields")), strings(n.path("values")),
                    "GET".equalsIgnoreCase(n.path("method").asText("GET")) || n.path("idempotent").asBoolean(false)));
        }
        return out;
    }

    private static Map<String, String> strings(JsonNode n) {
        Map<String, String> m = new LinkedHashMap<>();
        n.properties().forEach(e -> m.put(e.getKey(), e.getValue().asText()));
        return Map.copyOf(m);
    }
}
