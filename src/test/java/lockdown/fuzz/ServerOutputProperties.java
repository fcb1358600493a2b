package lockdown.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lockdown.base.InvalidSettingsException;
import lockdown.base.LockdownException;
import lockdown.smartermail.EndpointCatalog;
import lockdown.windows.AppcmdXml;
import lockdown.windows.FirewallJson;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What Windows tools and administrators' files feed the wizard, garbled: appcmd's XML, the firewall
 * script's JSON, API-map files. Each is read, or refused with our own message; nothing else escapes.
 */
class ServerOutputProperties {

    static final int TRIES = 10_000;
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> SAMPLES = List.of("list-site.xml", "ipsecurity.xml", "ipsecurity-domain.xml", "dynamicipsecurity.xml",
            "list-app.xml", "list-app-no-path.xml", "list-vdir.xml", "globalmodules.xml", "empty-section.xml");

    static byte[] sample(String name) {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/appcmd", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real sample, cut, spliced with junk, or with an attribute value replaced. */
    @Provide
    Arbitrary<byte[]> garbledAppcmd() {
        Arbitrary<String> junk = Arbitraries.strings().withChars("<>/\"'=&;# abcXYZ019.:-\u00e9\u0000").ofMaxLength(12);
        return Combinators.combine(Arbitraries.of(SAMPLES), Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                junk, Arbitraries.integers().between(0, 3)).as((name, a, b, j, how) -> {
                    String s = new String(sample(name), StandardCharsets.UTF_8);
                    int from = (int) (a * s.length());
                    int to = Math.max(from, (int) (b * s.length()));
                    String out = switch (how) {
                        case 0 -> s.substring(0, from);
                        case 1 -> s.substring(0, from) + j + s.substring(to);
                        case 2 -> s.replaceAll("=\"[^\"]*\"", "=\"" + j.replace("\"", "").replace("$", "") + "\"");
                        default -> j + s.substring(from);
                    };
                    return out.getBytes(StandardCharsets.UTF_8);
                });
    }

    private static void readsOrRefuses(Runnable read) {
        try {
            read.run();
        } catch (LockdownException refused) {
            assertThat(refused.msg().text()).isNotBlank();
        }
    }

    @Property(tries = TRIES)
    void appcmdOutputIsReadOrRefused(@ForAll("garbledAppcmd") byte[] xml) {
        readsOrRefuses(() -> AppcmdXml.sites(xml));
        readsOrRefuses(() -> AppcmdXml.rootPools(xml));
        readsOrRefuses(() -> AppcmdXml.rootPaths(xml));
        readsOrRefuses(() -> AppcmdXml.appPool("SmarterMail", xml));
        readsOrRefuses(() -> AppcmdXml.globalModules(xml));
        readsOrRefuses(() -> AppcmdXml.ipSecurity(xml, xml));
    }

    @Property(tries = TRIES)
    void anyBytesAtAllAreReadOrRefused(@ForAll byte[] bytes) {
        readsOrRefuses(() -> AppcmdXml.sites(bytes));
        readsOrRefuses(() -> AppcmdXml.ipSecurity(bytes, bytes));
    }

    /** JSON of any shape: objects and arrays nested a little, with any kind of value. */
    @Provide
    Arbitrary<JsonNode> anyJson() {
        Arbitrary<Object> leaf = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(10).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i), Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just((Object) "Allow"), Arbitraries.just((Object) "True"));
        Arbitrary<java.util.Map<String, Object>> object = Arbitraries.maps(
                Arbitraries.of("name", "action", "remote", "enabled", "endpoints", "method", "path", "fields", "values", "SET_SMTP_IN",
                        "GET_SMTP_IN", "x"), leaf).ofMaxSize(6);
        Arbitrary<Object> nested = Arbitraries.maps(Arbitraries.of("endpoints", "SET_SMTP_IN", "GET_SMTP_IN", "LIST_ADMINS", "BOGUS",
                "fields", "values", "method", "path"), Arbitraries.oneOf(leaf, object.map(m -> (Object) m))).ofMaxSize(5).map(m -> (Object) m);
        return Arbitraries.oneOf(leaf, object.map(m -> (Object) m), nested, nested.list().ofMaxSize(4).map(l -> (Object) l),
                        Arbitraries.maps(Arbitraries.just("endpoints"), nested).ofSize(1).map(m -> (Object) m))
                .map(JSON::valueToTree);
    }

    @Property(tries = TRIES)
    void firewallJsonOfAnyShapeIsRead(@ForAll("anyJson") JsonNode json) {
        assertThat(FirewallJson.rules(json, 9998)).allSatisfy(r -> assertThat(r.name()).isNotNull());
    }

    @Property(tries = TRIES)
    void anApiMapIsTakenOrRefusedNamingTheField(@ForAll("anyJson") JsonNode json, @ForAll boolean garble) throws IOException {
        Path file = Files.createTempFile("api-map", ".json");
        try {
            String text = JSON.writeValueAsString(json);
            Files.writeString(file, garble ? text.substring(0, text.length() / 2) : text);
            try {
                EndpointCatalog.defaults().withOverrides(file);
            } catch (InvalidSettingsException refused) {
                assertThat(refused.errors()).allSatisfy(e -> assertThat(e.setting()).isEqualTo(EndpointCatalog.MAP_FIELD));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
