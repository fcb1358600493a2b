package lockdown.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lockdown.Demo;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every value a step reads keeps its type and its canonical form through the journal's plain form. */
class TypedSettingsTest {

    @TempDir
    Path dir;
    Demo demo;

    @BeforeEach
    void start() {
        demo = new Demo(dir);
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void everyValueReadSurvivesThePlainFormAndIsAlreadyCanonical() {
        for (Guide g : Guide.steps()) {
            Step step = Steps.all().get(g);
            Finding f = demo.session.probeNow(g);
            for (Settings values : List.of(f.current(), f.recommended())) {
                Map<String, Object> plain = values.toPlain(step.settings());
                Settings back = Settings.fromPlain(plain, step.settings());
                for (Setting<?> s : step.settings()) {
                    if (!values.has(s) || s.secret()) {
                        continue;
                    }
                    assertThat(back.get(s)).as(g.id() + " " + s.key()).isEqualTo(values.get(s));
                    assertThat(s.canonical(values.get(s))).as("canonical already: " + g.id() + " " + s.key()).isEqualTo(values.get(s));
                    assertThat(s.check(values.get(s))).as(g.id() + " " + s.key()).isEmpty();
                }
            }
        }
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheSetting() {
        Step relay = Steps.all().get(Guide.SMTP_RELAY);
        assertThat(SmtpRelayStep.ALLOW_RELAY.check(42)).isPresent();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Settings.EMPTY.withValue(SmtpRelayStep.ALLOW_RELAY, 42))
                .hasMessageContaining("Allow relay");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Settings.EMPTY.withText(SmtpRelayStep.ALLOW_RELAY, "everyone"))
                .hasMessageContaining("Allow relay").hasMessageContaining("nobody");
        assertThat(Settings.EMPTY.withText(SmtpRelayStep.ALLOW_RELAY, " NOBODY ").validated(relay.settings()).get(SmtpRelayStep.ALLOW_RELAY))
                .isEqualTo("nobody");
    }
}
