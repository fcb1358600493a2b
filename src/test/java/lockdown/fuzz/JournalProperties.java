package lockdown.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockdown.core.Change;
import lockdown.core.Journal;
import lockdown.steps.Steps;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * A journal as a crash, another version or a hand edit may leave it: every line is read, reported
 * as unreadable, or passed over; reading never fails, and what is read back is a change or nothing.
 */
class JournalProperties {

    static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<Object> anything = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i), Arbitraries.just((Object) List.of()), Arbitraries.just((Object) Map.of("a", 1)));
        Arbitrary<String> phase = Arbitraries.of("intent", "finished", "action-started", "action-finished", "reverted", "bogus");
        Arbitrary<String> time = Arbitraries.oneOf(Arbitraries.just("2026-11-30T12:00:00Z"), Arbitraries.strings().ofMaxLength(8));
        Arbitrary<String> step = Arbitraries.of("smtp-relay", "relay-whitelist", "ids-brute-force", "nope", "");
        Arbitrary<String> outcome = Arbitraries.of("verified", "rolled-back", "failed-partial", "interrupted", "weird");
        Arbitrary<Object> settings = Arbitraries.oneOf(Arbitraries.just((Object) Map.of("allow-relay", "nobody")),
                Arbitraries.just((Object) Map.of("whitelist", List.of(Map.of("address", "10.0.0.1", "description", "", "options", List.of())))),
                Arbitraries.just((Object) Map.of("whitelist", List.of(Map.of("address", "not an ip")))),
                Arbitraries.just((Object) Map.of("threshold", "five")), anything);
        Arbitrary<String> entry = Combinators.combine(phase, Arbitraries.of("c1", "c2", "c3"), time, step, outcome, settings, anything)
                .as((p, c, t, s, o, b, x) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("time", t);
                    m.put("phase", p);
                    m.put("change", c);
                    m.put("step", s);
                    m.put("target", "remote https://mail.example.com:443");
                    m.put("before", b);
                    m.put("after", b);
                    m.put("outcome", o);
                    m.put("statusBefore", x);
                    m.put("actions", List.of(Map.of("key", "error.plain", "args", List.of("x")), "old text"));
                    m.put("result", x);
                    try {
                        return JSON.writeValueAsString(m);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
        return Arbitraries.oneOf(entry, entry.map(l -> l.substring(0, l.length() / 2)), Arbitraries.strings().ofMaxLength(30));
    }

    @Property(tries = 10_000)
    void anyJournalIsReadWithoutFailing(@ForAll @Size(max = 6) List<@net.jqwik.api.From("lines") String> lines) throws IOException {
        Path file = Files.createTempFile("journal", ".jsonl");
        try {
            Files.write(file, lines);
            Journal j = new Journal(file, Steps::settingsOf);
            List<Change> changes = j.changes();
            assertThat(changes).allSatisfy(c -> {
                assertThat(c.id()).isNotBlank();
                assertThat(c.result()).isNotNull();
            });
            j.torn().ifPresent(m -> assertThat(m.text()).contains("cannot be read"));
            changes.forEach(c -> j.progress(c.id()));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
