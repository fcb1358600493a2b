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
import lockdown.core.LockdownException;
import lockdown.core.Msg;

/**
 * The endpoint catalog: for every {@link Endpoint}, its method, path, shapes, evidence and wire
 * names. Loaded from {@code endpoints.json}; the only place endpoint paths are written down.
 */
public final class EndpointCatalog {

    /** One catalog entry. {@code fields} and {@code values} map logical names to wire names. */
    public record Entry(Endpoint endpoint, String method, String path, Evidence evidence, String source,
                        String request, String response, Map<String, String> fields, Map<String, String> values,
                        Map<String, String> example, boolean check) {

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
                    strings(n.path("fields")), strings(n.path("values")), strings(n.path("example")),
                    n.path("check").asBoolean(true)));
        }
        return out;
    }

    private static Map<String, String> strings(JsonNode n) {
        Map<String, String> m = new LinkedHashMap<>();
        n.properties().forEach(e -> m.put(e.getKey(), e.getValue().asText()));
        return Map.copyOf(m);
    }
}
