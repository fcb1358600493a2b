package lockdown.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The command lines the adapters run and the previews show. */
class CommandsTest {

    @Test
    void appcmdWritesTheSecuritySectionsAtApplicationHostLevel() {
        IpSecurity s = new IpSecurity(false, List.of(new IpSecurity.Entry("10.0.0.0", "255.0.0.0", true)), true, 40, 1000, true, 20);
        List<List<String>> calls = Commands.writeIpSecurity("SmarterMail", s);
        assertThat(calls).hasSize(4).allSatisfy(c -> assertThat(c).last().isEqualTo("/commit:apphost"));
        assertThat(calls.get(0)).containsExactly("clear", "config", "SmarterMail", "-section:system.webServer/security/ipSecurity",
                "/commit:apphost");
        assertThat(calls.get(2)).contains("/+[ipAddress='10.0.0.0',subnetMask='255.0.0.0',allowed='true']");
        assertThat(Commands.appcmd(calls.get(1))).isEqualTo("%windir%\\System32\\inetsrv\\appcmd.exe set config SmarterMail "
                + "-section:system.webServer/security/ipSecurity /allowUnlisted:false /commit:apphost");
    }

    @Test
    void passwordsAreOnlyEverThePlaceholderInWhatIsShown() {
        String shown = Commands.appcmd(Commands.setAppPoolIdentity("SmarterMail", "SpecificUser", ".\\svc", Commands.PASSWORD_PLACEHOLDER));
        assertThat(shown).endsWith("/processModel.userName:.\\svc /processModel.password:<password>");
        assertThat(Commands.display(Commands.netUserAdd("svc", "SmarterMail service account")))
                .isEqualTo("net user svc <password> /add \"/comment:SmarterMail service account\" /passwordchg:yes /expires:never");
        assertThat(Commands.display(Commands.scConfig("SmarterMail", "LocalSystem", false)))
                .isEqualTo("sc.exe config SmarterMail obj= LocalSystem");
    }

    @Test
    void bindingsAndFirewallRules() {
        assertThat(Commands.addBinding("SmarterMail", new Binding("http", "127.0.0.1", 9998, "")))
                .containsExactly("set", "site", "/site.name:SmarterMail", "/+bindings.[protocol='http',bindingInformation='127.0.0.1:9998:']");
        assertThat(Commands.deleteRule("SmarterMail Lockdown: block TCP 9998"))
                .containsExactly("netsh", "advfirewall", "firewall", "delete", "rule", "name=SmarterMail Lockdown: block TCP 9998");
        assertThat(Commands.listRules(9998).getLast()).contains("ConvertTo-Json -Compress -InputObject @(").contains("'9998'");
    }

    @Test
    void firewallJsonInEitherShape() {
        assertThat(FirewallJson.rules("[{\"name\":\"Block 9998\",\"enabled\":\"True\",\"action\":\"Block\",\"remote\":\"Any\"}]", 9998))
                .containsExactly(new FirewallRule("Block 9998", 9998, false, "Any", true));
        assertThat(FirewallJson.rules("{\"name\":\"SmarterMail\",\"enabled\":\"False\",\"action\":\"Allow\",\"remote\":\"10.0.0.0/8\"}", 9998))
                .containsExactly(new FirewallRule("SmarterMail", 9998, true, "10.0.0.0/8", false));
        assertThat(FirewallJson.rules("", 9998)).isEmpty();
        assertThat(FirewallJson.rules("[]", 9998)).isEmpty();
    }
}
