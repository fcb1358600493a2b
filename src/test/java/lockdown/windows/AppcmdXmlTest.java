package lockdown.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** appcmd's /xml output, from samples in the form appcmd prints (SITE, APP, VDIR, APPPOOL, CONFIG elements). */
class AppcmdXmlTest {

    static String sample(String name) throws IOException {
        try (InputStream in = AppcmdXmlTest.class.getResourceAsStream("/appcmd/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sitesWithTheirBindingsIncludingIpv6AndHostNames() throws Exception {
        var sites = AppcmdXml.sites(sample("list-site.xml"));
        assertThat(sites).containsOnlyKeys("Default Web Site", "SmarterMail");
        assertThat(sites.get("SmarterMail")).containsExactly(new Binding("http", "*", 9998, ""),
                new Binding("https", "*", 443, "mail.example.com"), new Binding("http", "[::1]", 9998, ""));
        assertThat(sites.get("SmarterMail").getFirst().catchAll()).isTrue();
    }

    @Test
    void rootApplicationsAndTheirPathsAndPools() throws Exception {
        assertThat(AppcmdXml.rootPools(sample("list-app.xml"))).containsEntry("SmarterMail", "SmarterMail")
                .doesNotContainValue("Autodiscover");
        assertThat(AppcmdXml.rootPaths(sample("list-vdir.xml")))
                .containsEntry("SmarterMail", "C:\\Program Files (x86)\\SmarterTools\\SmarterMail\\MRS")
                .doesNotContainKey("SmarterMail/autodiscover");
    }

    @Test
    void poolIdentityWithIisDefaultsAndTextBeforeTheXml() throws Exception {
        assertThat(AppcmdXml.appPool("SmarterMail", sample("list-apppool-specific.xml")))
                .isEqualTo(new AppPool("SmarterMail", "SpecificUser", ".\\smartermail_svc"));
        assertThat(AppcmdXml.appPool("SmarterMail", sample("list-apppool-default.xml")))
                .isEqualTo(new AppPool("SmarterMail", "ApplicationPoolIdentity", ""));
    }

    @Test
    void ipSecurityAndDynamicLimits() throws Exception {
        IpSecurity s = AppcmdXml.ipSecurity(sample("ipsecurity.xml"), sample("dynamicipsecurity.xml"));
        assertThat(s.allowUnlisted()).isFalse();
        assertThat(s.entries()).containsExactly(new IpSecurity.Entry("127.0.0.1", "", true),
                new IpSecurity.Entry("10.20.0.0", "255.255.0.0", true), new IpSecurity.Entry("203.0.113.7", "", false));
        assertThat(s.denyByRequestRate()).isTrue();
        assertThat(s.maxRequests()).isEqualTo(40);
        assertThat(s.requestIntervalMs()).isEqualTo(1000);
        assertThat(s.maxConcurrentRequests()).isEqualTo(20);
        assertThat(AppcmdXml.ipSecurity(sample("empty-section.xml"), sample("empty-section.xml"))).isEqualTo(IpSecurity.defaults());
    }

    @Test
    void globalModulesTellWhetherIpRestrictionsAreInstalled() throws Exception {
        assertThat(AppcmdXml.globalModules(sample("globalmodules.xml"))).contains("IpRestrictionModule", "DynamicIpRestrictionModule");
    }

    @Test
    void errorsAndHostileXmlAreRefused() {
        assertThatThrownBy(() -> AppcmdXml.sites("ERROR ( message:Cannot find SITE object )")).hasMessageContaining("no XML");
        assertThatThrownBy(() -> AppcmdXml.sites("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><appcmd>&e;</appcmd>"))
                .hasMessageContaining("could not be read");
    }
}
