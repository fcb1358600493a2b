package lockdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lockdown.core.Backend;
import lockdown.core.Guide;
import lockdown.core.Outcome;
import lockdown.core.Risk;
import lockdown.core.Section;
import lockdown.core.Setting;
import lockdown.core.Severity;
import lockdown.core.Status;
import lockdown.core.Target;
import lockdown.core.IpRule;
import lockdown.smartermail.Endpoint;
import lockdown.smartermail.Evidence;
import lockdown.smartermail.IdsRule;
import lockdown.steps.Steps;
import org.junit.jupiter.api.Test;

/** Every key the code asks for exists; every key in the bundle is asked for; every text formats. */
class LocalizationTest {

    static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationTest.class.getResourceAsStream("/lockdown/messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Keys built from enums and the guide rather than written as literals. */
    static Set<String> dynamicKeys() {
        Set<String> keys = new HashSet<>();
        for (Guide g : Guide.values()) {
            for (String part : new String[] {"title", "label", "why", "manual"}) {
                keys.add("step." + g.id() + "." + part);
            }
            for (Setting<?> s : Steps.all().get(g).settings()) {
                keys.add(s.label().key());
                if (s.type() instanceof lockdown.core.NumberType) {
                    keys.add(s.unit().key());
                }
                if (s.type() instanceof lockdown.core.ChoiceType c) {
                    c.choices().forEach(choice -> keys.add(s.choiceLabel(choice).key()));
                }
            }
        }
        for (Section s : Section.values()) {
            keys.add(s.title().key());
        }
        for (Status s : Status.values()) {
            keys.add(s.label().key());
        }
        for (Severity s : Severity.values()) {
            keys.add(s.label().key());
        }
        for (Risk r : Risk.values()) {
            keys.add(r.label().key());
        }
        for (Outcome o : Outcome.values()) {
            keys.add(o.label().key());
        }
        for (Target.Kind k : Target.Kind.values()) {
            keys.add(k.label().key());
        }
        for (Endpoint e : Endpoint.values()) {
            keys.add(e.action().key());
        }
        for (Evidence e : Evidence.values()) {
            keys.add(e.label().key());
        }
        for (IpRule.Option o : IpRule.Option.values()) {
            keys.add(o.label().key());
        }
        for (IdsRule.Kind k : IdsRule.Kind.values()) {
            keys.add("ids.kind." + k.name());
        }
        for (String cve : new String[] {"CVE-2026-23760", "CVE-2026-24423", "CVE-2025-52691"}) {
            keys.add("cve." + cve);
        }
        for (String ext : lockdown.core.DangerousExtensions.ALL) {
            keys.add(lockdown.core.DangerousExtensions.reason(ext).key());
        }
        for (lockdown.report.Format f : lockdown.report.Format.values()) {
            keys.add("ui.export.filter." + f.extension());
            keys.add("ui.summary.export." + f.extension());
        }
        lockdown.windows.UserRights.ALL.forEach(r -> keys.add(lockdown.windows.UserRights.label(r).key()));
        assertThat(Backend.values()).isNotEmpty();
        return keys;
    }

    static Set<String> literals() {
        Set<String> found = new HashSet<>();
        Pattern literal = Pattern.compile("\"([a-z0-9][a-z0-9.-]*[a-z0-9])\"");
        for (Path p : ArchitectureTest.sources(ArchitectureTest.MAIN)) {
            Matcher m = literal.matcher(ArchitectureTest.read(p));
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties b = bundle();
        Set<String> missing = new HashSet<>();
        for (String k : dynamicKeys()) {
            if (!b.containsKey(k)) {
                missing.add(k);
            }
        }
        Pattern call = Pattern.compile("(?:Msg\\.of|Messages\\.get)\\(\"([^\"]+)\"\\s*[,)]");
        for (Path p : ArchitectureTest.sources(ArchitectureTest.MAIN)) {
            Matcher m = call.matcher(ArchitectureTest.read(p));
            while (m.find()) {
                if (!b.containsKey(m.group(1))) {
                    missing.add(m.group(1) + " (" + p.getFileName() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theMessagesThatSayNothingWasChangedAreListed() throws IOException {
        Properties b = bundle();
        Set<String> saying = new HashSet<>();
        for (String k : b.stringPropertyNames()) {
            String v = b.getProperty(k).toLowerCase(java.util.Locale.ROOT);
            if (!k.startsWith("ui.") && (v.contains("nothing was changed") || v.contains("nothing is changed"))) {
                saying.add(k);
            }
        }
        assertThat(lockdown.base.Msg.SAY_NOTHING_CHANGED).containsExactlyInAnyOrderElementsOf(saying);
        assertThat(lockdown.base.Msg.of("apply.failed", "x", lockdown.base.Msg.of("api.failed", "y", "z")).saysNothingChanged()).isTrue();
        assertThat(lockdown.base.Msg.of("apply.failed", "x", "y").saysNothingChanged()).isFalse();
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> used = new HashSet<>(dynamicKeys());
        Set<String> literals = literals();
        used.addAll(literals);
        Set<String> unused = new HashSet<>();
        for (String k : bundle().stringPropertyNames()) {
            boolean fieldLabel = k.startsWith("setting.") && literals.contains(k.substring("setting.".length()));
            // a choice's optional wording as a state (ChoiceType.display) goes with its label
            boolean state = k.startsWith("choice.") && k.endsWith(".state") && used.contains(k.substring(0, k.length() - ".state".length()));
            if (!used.contains(k) && !fieldLabel && !state) {
                unused.add(k);
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void everyTextFormatsAndUsesTheTypographicApostrophe() throws IOException {
        Properties b = bundle();
        for (String k : b.stringPropertyNames()) {
            String v = b.getProperty(k);
            assertThat(v).as(k).doesNotContain("'");
            assertThat(v).as(k).isNotBlank();
            new MessageFormat(v);
        }
    }
}
