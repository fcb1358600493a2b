package lockdown.smartermail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import lockdown.base.InvalidSettingsException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator's API map changes the paths and field names the client uses. */
class CatalogOverrideTest {

    @TempDir
    Path dir;
    MockApi api;

    @BeforeEach
    void start() throws Exception {
        api = new MockApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private EndpointCatalog map(String json) throws Exception {
        Path f = dir.resolve("map.json");
        Files.writeString(f, json);
        return EndpointCatalog.defaults().withOverrides(f);
    }

    @Test
    void theOverriddenPathAndFieldNamesAreTheOnesCalled() throws Exception {
        EndpointCatalog catalog = map("""
                {"endpoints": {"GET_SMTP_IN": {"path": "/api/v1/settings/sysadmin/protocol-settings",
                                               "fields": {"wrapper": "smtpInSettings", "allowRelay": "relayMode"},
                                               "values": {"NOBODY": "None"}}}}""");
        assertThat(catalog.entry(Endpoint.GET_SMTP_IN).evidence()).isEqualTo(Evidence.ADMINISTRATOR);
        assertThat(catalog.entry(Endpoint.SET_SMTP_IN).path()).as("others stay as shipped").isEqualTo("/api/v1/settings/sysadmin/smtp-in");
        api.queue("POST /api/v1/auth/authenticate-user", MockApi.login("A", "R", Instant.now().plusSeconds(3600).toString()));
        api.always("GET /api/v1/settings/sysadmin/protocol-settings",
                MockApi.json(200, "{\"success\":true,\"smtpInSettings\":{\"relayMode\":\"None\"}}"));
        SmarterMailClient client = SmarterMailClient.create(ServerUrl.parse(api.url()), catalog, Duration.ofSeconds(5), Clock.systemUTC());
        client.login("admin", "pw".toCharArray());
        assertThat(client.relay().mode()).isEqualTo(RelayMode.NOBODY);
        assertThat(api.calls()).containsExactly("POST /api/v1/auth/authenticate-user", "GET /api/v1/settings/sysadmin/protocol-settings");
    }

    @Test
    void mistakesAreReportedTogetherNamingTheField() {
        assertThatThrownBy(() -> map("""
                {"endpoints": {"GET_NOTHING": {}, "GET_SMTP_IN": {"path": "relative", "verb": "GET"}}}"""))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.errors()).hasSize(3))
                .hasMessageContaining("API map: “GET_NOTHING” is not a call the wizard makes")
                .hasMessageContaining("GET_SMTP_IN: “relative” must start with /")
                .hasMessageContaining("GET_SMTP_IN: “verb” cannot be set");
        assertThatThrownBy(() -> map("not json")).hasMessageContaining("API map: the API map").hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> map("""
                {"endpoints": {"GET_SMTP_IN": {"check": false, "example": {"x": "1"}}}}"""))
                .hasMessageContaining("GET_SMTP_IN: “check” is no longer used").hasMessageContaining("“example” is no longer used");
    }
}
