package lockdown.windows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command lines the adapters run and the previews show, and the scripts' input and output. */
class CommandsTest {

    @Test
    void theEquivalentAppcmdLinesWriteEntriesFirstAndAllowUnlistedLast() {
        IpSecurity s = new IpSecurity(false, List.of(new IpSecurity.Entry("10.0.0.0", "255.0.0.0", true),
                new IpSecurity.Entry("", "", false, Map.of("domainName", "*.bad.example"))), true, 40, 1000, true, 20);
        List<List<String>> calls = Commands.writeIpSecurity("SmarterMail", s);
        assertThat(calls).hasSize(4).allSatisfy(c -> assertThat(c).last().isEqualTo("/commit:apphost"));
        assertThat(calls.get(0)).containsExactly("clear", "config", "SmarterMail", "-section:system.webServer/security/ipSecurity",
                "/commit:apphost");
        assertThat(calls.get(1)).contains("/+[ipAddress='10.0.0.0',subnetMask='255.0.0.0',allowed='true']");
        assertThat(Commands.appcmd(calls.getLast())).as("deny-unlisted comes last, once the allow entries are there")
                .isEqualTo("%windir%\\System32\\inetsrv\\appcmd.exe set config SmarterMail "
                + "-section:system.webServer/security/ipSecurity /allowUnlisted:false /commit:apphost");
    }

    @Test
    void theOneCommitWriteGetsEveryEntryWithAllItsAttributes() {
        IpSecurity s = new IpSecurity(false, List.of(new IpSecurity.Entry("10.0.0.0", "255.0.0.0", true),
                new IpSecurity.Entry("", "", false, Map.of("domainName", "*.bad.example"))), true, 40, 1000, false, 20);
        Map<String, Object> p = Commands.ipSecurityPayload("Webmail Zürich", s);
        assertThat(p).containsEntry("site", "Webmail Zürich").containsEntry("allowUnlisted", false);
        List<Object> entries = List.copyOf((List<?>) p.get("entries"));
        assertThat(entries).containsExactly(Map.of("ipAddress", "10.0.0.0", "subnetMask", "255.0.0.0", "allowed", true),
                Map.of("domainName", "*.bad.example", "allowed", false));
    }

    @Test
    void passwordsAreOnlyEverThePlaceholderInWhatIsShown() {
        String shown = Commands.appcmd(Commands.setAppPoolIdentity("SmarterMail", "SpecificUser", ".\\svc", Commands.PASSWORD_PLACEHOLDER));
        assertThat(shown).endsWith("/processModel.userName:.\\svc /processModel.password:<password>");
        assertThat(Commands.display(Commands.netUserAdd("svc", "SmarterMail service account")))
                .isEqualTo("net user svc <password> /add \"/comment:SmarterMail service account\" /passwordchg:no /expires:never");
        assertThat(Commands.display(Commands.scConfig("SmarterMail", "LocalSystem", false)))
                .isEqualTo("sc.exe config SmarterMail obj= LocalSystem");
    }

    @Test
    void theAccountsOwnEntriesArePutBackWithIcacls() {
        String lines = Commands.icaclsRestore("C:\\SmarterMail", "svc", List.of(AclEntry.allow("MAIL01\\svc", "S-1-5-21-7-1001", 0x1200A9)));
        assertThat(lines).isEqualTo("icacls C:\\SmarterMail /remove svc\nicacls C:\\SmarterMail /grant svc:(OI)(CI)(RX)");
    }

    @Test
    void bindingsAndFirewallRules() {
        assertThat(Commands.addBinding("SmarterMail", new Binding("http", "127.0.0.1", 9998, "")))
                .containsExactly("set", "site", "/site.name:SmarterMail", "/+bindings.[protocol='http',bindingInformation='127.0.0.1:9998:']");
        assertThat(Commands.deleteRule("SmarterMail Lockdown: block TCP 9998"))
                .containsExactly("netsh", "advfirewall", "firewall", "delete", "rule", "name=SmarterMail Lockdown: block TCP 9998");
    }

    @Test
    void firewallJsonInEitherShape() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(FirewallJson.rules(json.readTree("[{\"name\":\"Block 9998\",\"enabled\":\"True\",\"action\":\"Block\",\"remote\":\"Any\"}]"),
                9998)).containsExactly(new FirewallRule("Block 9998", 9998, false, "Any", true));
        assertThat(FirewallJson.rules(json.readTree("{\"name\":\"SmarterMail\",\"enabled\":\"False\",\"action\":\"Allow\","
                + "\"remote\":\"10.0.0.0/8\"}"), 9998)).containsExactly(new FirewallRule("SmarterMail", 9998, true, "10.0.0.0/8", false));
        assertThat(FirewallJson.rules(json.readTree("null"), 9998)).isEmpty();
        assertThat(FirewallJson.rules(json.readTree("[]"), 9998)).isEmpty();
    }

    @Test
    void scriptsGoEncodedAndTheirInputAndOutputAreBase64OfUtf8Json() throws Exception {
        List<String> cmd = Scripts.command(Scripts.Script.POOL_WRITE);
        assertThat(cmd).startsWith("powershell.exe", "-NoProfile", "-NonInteractive").contains("-EncodedCommand");
        String script = new String(Base64.getDecoder().decode(cmd.getLast()), StandardCharsets.UTF_16LE);
        assertThat(script).contains("$ErrorActionPreference = 'Stop'").contains("FromBase64String([Console]::In.ReadToEnd()")
                .contains("$pm.Password = [string]$in.password").contains("$m.CommitChanges()");
        String secret = "Pässword-ü-1";
        byte[] input = Scripts.input(Map.of("pool", "SmarterMail", "password", secret));
        assertThat(new String(input, StandardCharsets.US_ASCII)).as("ASCII on the wire, no secret in clear").doesNotContain(secret)
                .matches("[A-Za-z0-9+/=]+");
        assertThat(new ObjectMapper().readTree(Base64.getDecoder().decode(input)).path("password").asText()).isEqualTo(secret);
        byte[] printed = Base64.getEncoder().encode("{\"userName\":\".\\\\smlk_Zoë\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(Scripts.output(printed).path("userName").asText()).isEqualTo(".\\smlk_Zoë");
        assertThat(Scripts.text(Scripts.Script.POOL_READ)).doesNotContain("Password =").contains("UserName");
        assertThat(Scripts.text(Scripts.Script.FIREWALL_READ)).contains("-PolicyStore ActiveStore");
        assertThat(Scripts.text(Scripts.Script.IPSECURITY_WRITE)).containsOnlyOnce("CommitChanges()");
    }

    @Test
    void argumentsSurviveTheWindowsCommandLineRules() {
        assertThat(WinArgs.quote("plain")).isEqualTo("\"plain\"");
        assertThat(WinArgs.quote("with space")).isEqualTo("\"with space\"");
        assertThat(WinArgs.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(WinArgs.quote("C:\\path\\")).as("a trailing backslash is doubled before the closing quote")
                .isEqualTo("\"C:\\path\\\\\"");
        assertThat(WinArgs.quote("a\\\"b")).isEqualTo("\"a\\\\\\\"b\"");
        assertThat(WinArgs.join(List.of("--no-elevate", "x y"))).isEqualTo("\"--no-elevate\" \"x y\"");
    }
}
