package lockdown.smartermail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lockdown.base.InvalidSettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerUrlTest {

    @Test
    void acceptsTheWebInterfaceAddress() {
        assertThat(ServerUrl.parse(" https://mail.example.com ").toString()).isEqualTo("https://mail.example.com/");
        assertThat(ServerUrl.parse("http://127.0.0.1:9998").port()).isEqualTo(9998);
        assertThat(ServerUrl.parse("https://example.com/smartermail/").path()).isEqualTo("/smartermail/");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|enter the address",
            "mail.example.com|must start with https://",
            "ftp://mail.example.com|must start with https://",
            "https://|is not a valid web address",
            "https://admin:pw@mail.example.com|not in the address",
            "https://mail.example.com/?x=1|without ? or #"})
    void rejectsOtherInputNamingTheField(String input, String problem) {
        assertThatThrownBy(() -> ServerUrl.parse(input))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("Server URL: ")
                .hasMessageContaining(problem)
                .hasMessageNotContaining("pw@");
    }

    @Test
    void versionsAreReadFromEitherForm() {
        assertThat(ServerVersion.parse("100.0.9511.29470")).contains(new ServerVersion("100.0.9511.29470", 9511));
        assertThat(ServerVersion.parse("SmarterMail Build 9693 (Nov 2026)").orElseThrow().build()).isEqualTo(9693);
        assertThat(ServerVersion.parse("latest")).isEmpty();
    }
}
