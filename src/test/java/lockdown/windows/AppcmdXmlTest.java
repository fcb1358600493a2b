package lockdown.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** appcmd's /xml output, from samples in the form appcmd prints (SITE, APP, VDIR, APPPOOL, CONFIG elements). */
class AppcmdXmlTest {

    static byte[] sample(String name) throws IOException {
        try (InputStream in = AppcmdXmlTest.class.getResourceAsStream("/appcmd/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void sitesWithTheirBindingsIncludingIpv6HostNamesAndOtherProtocols() throws Exception {
        var sites = AppcmdXml.sites(sample("list-site.xml"));
        assertThat(sites).containsOnlyKeys("Default Web Site", "SmarterMail", "Webmail Zürich");
        assertThat(sites.get("SmarterMail")).containsExactly(new Binding("http", "*", 9998, ""),
                new Binding("https", "*", 443, "mail.example.com"), new Binding("http", "[::1]", 9998, ""),
                new Binding("net.tcp", "808:*"), new Binding("net.pipe", "*"));
        assertThat(sites.get("SmarterMail").getFirst().catchAll()).isTrue();
        assertThat(sites.get("SmarterMail").get(2).address()).isEqualTo("[::1]");
        assertThat(sites.get("Default Web Site")).extracting(Binding::protocol)
                .containsExactly("http", "net.tcp", "net.pipe", "net.msmq", "msmq.formatname");
        Binding tcp = sites.get("SmarterMail").get(3);
        assertThat(tcp.web()).isFalse();
        assertThat(tcp.port()).as("not a web binding: no port of its own").isEqualTo(-1);
        assertThat(tcp.catchAll()).isFalse();
        assertThat(tcp.bindingInformation()).isEqualTo("808:*");
    }

    @Test
    void namesAreReadInTheEncodingTheXmlDeclares() throws Exception {
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><appcmd><SITE SITE.NAME=\"Webmail Zürich\" "
                + "bindings=\"http/*:9998:\" /></appcmd>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(AppcmdXml.sites(latin1)).containsOnlyKeys("Webmail Zürich");
        assertThat(AppcmdXml.sites(sample("list-site.xml"))).containsKey("Webmail Zürich");
    }

    @Test
    void rootApplicationsAndTheirPathsAndPools() throws Exception {
        assertThat(AppcmdXml.rootPools(sample("list-app.xml"))).containsEntry("SmarterMail", "SmarterMail")
                .doesNotContainValue("Autodiscover");
        assertThat(AppcmdXml.rootPools(sample("list-app-no-path.xml"))).as("without a path attribute, APP.NAME ending in /")
                .containsEntry("SmarterMail", "SmarterMail").containsEntry("Default Web Site", "DefaultAppPool")
                .doesNotContainValue("Autodiscover");
        assertThat(AppcmdXml.rootPaths(sample("list-vdir.xml")))
                .containsEntry("SmarterMail", "C:\\Program Files (x86)\\SmarterTools\\SmarterMail\\MRS")
                .doesNotContainKey("SmarterMail/autodiscover");
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
    void aDomainEntryAndTheSectionsOtherAttributesAreKept() throws Exception {
        IpSecurity s = AppcmdXml.ipSecurity(sample("ipsecurity-domain.xml"), sample("empty-section.xml"));
        assertThat(s.entries()).hasSize(3);
        assertThat(s.entries().getFirst()).isEqualTo(new IpSecurity.Entry("", "", false, java.util.Map.of("domainName", "*.bad.example")));
        assertThat(s.entries().getFirst().byAddress()).isFalse();
        assertThat(s.entries().get(2)).isEqualTo(new IpSecurity.Entry("2001:db8::", "32", true));
        assertThat(s.attributes()).containsEntry("denyAction", "NotFound").containsEntry("enableProxyMode", "true")
                .containsEntry("enableReverseDns", "true").doesNotContainKey("allowUnlisted");
    }

    @Test
    void globalModulesTellWhetherIpRestrictionsAreInstalled() throws Exception {
        assertThat(AppcmdXml.globalModules(sample("globalmodules.xml"))).contains("IpRestrictionModule", "DynamicIpRestrictionModule");
    }

    @Test
    void errorsAndHostileXmlAreRefused() {
        assertThatThrownBy(() -> AppcmdXml.sites("ERROR ( message:Cannot find SITE object )".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("no XML");
        assertThatThrownBy(() -> AppcmdXml.sites("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><appcmd>&e;</appcmd>"
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("could not be read");
    }
}
