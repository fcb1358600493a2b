package lockdown.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import lockdown.core.IpRule;
import lockdown.windows.IpSecurity;
import org.junit.jupiter.api.Test;

/** Finding the install folder from the service's program path, and IIS address entries both ways. */
class InstallTest {

    @Test
    void theInstallFolderComesFromTheServiceProgramPath() {
        assertThat(Install.installFolder("\"C:\\Program Files (x86)\\SmarterTools\\SmarterMail\\Service\\MailService.exe\" -service"))
                .contains("C:\\Program Files (x86)\\SmarterTools\\SmarterMail");
        assertThat(Install.installFolder("D:\\Mail\\SmarterMail\\Service\\MailService.exe /run")).contains("D:\\Mail\\SmarterMail");
        assertThat(Install.installFolder("E:\\SM\\MailService.exe")).contains("E:\\SM");
        assertThat(Install.installFolder("MailService.exe")).isEmpty();
        assertThat(Install.installFolder("  ")).isEmpty();
        assertThat(Install.installFolder(null)).isEmpty();
    }

    @Test
    void networksBecomeAddressAndMaskAndBack() {
        IpSecurity.Entry e = IpEntries.entry(new IpRule("192.168.10.0/24", "", Set.of()), true);
        assertThat(e).isEqualTo(new IpSecurity.Entry("192.168.10.0", "255.255.255.0", true));
        assertThat(IpEntries.rule(e).cidr().toString()).isEqualTo("192.168.10.0/24");
        assertThat(IpEntries.entry(new IpRule("10.1.2.3/32", "", Set.of()), false))
                .isEqualTo(new IpSecurity.Entry("10.1.2.3", "255.255.255.255", false));
        assertThat(IpEntries.rule(new IpSecurity.Entry("10.1.2.3", "", true)).cidr().prefix()).isEqualTo(32);
        assertThat(IpEntries.rule(new IpSecurity.Entry("2001:db8::", "32", true)).cidr().prefix()).isEqualTo(32);
        assertThat(IpEntries.rule(new IpSecurity.Entry("fe80::1", "", true)).cidr().prefix()).isEqualTo(128);
        assertThat(IpEntries.v4Mask(0)).isEqualTo("0.0.0.0");
        assertThat(IpEntries.v4Mask(20)).isEqualTo("255.255.240.0");
    }

    @Test
    void aMaskWithHolesIsRefused() {
        assertThatThrownBy(() -> IpEntries.prefixOf(new byte[] {(byte) 255, 0, (byte) 255, 0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(IpEntries.prefixOf(new byte[] {(byte) 255, (byte) 255, (byte) 254, 0})).isEqualTo(23);
    }
}
