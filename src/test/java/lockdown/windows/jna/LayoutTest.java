package lockdown.windows.jna;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Native;
import com.sun.jna.platform.win32.NTSecApi;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The structures the wizard declares, laid out as on Windows x64 (8-byte pointers, natural
 * alignment). JNA computes the same layout on any 64-bit platform, so this runs in Linux CI too;
 * the sizes and offsets are those of the Windows SDK headers.
 */
class LayoutTest {

    @BeforeEach
    void sixtyFourBit() {
        Assumptions.assumeTrue(Native.POINTER_SIZE == 8, "x64 layouts");
    }

    @Test
    void userInfo1() {
        var s = new Netapi32Ext.UserInfo1();
        assertThat(s.size()).isEqualTo(56);
        assertThat(s.offsetOf("usri1_password")).isEqualTo(8);
        assertThat(s.offsetOf("usri1_password_age")).isEqualTo(16);
        assertThat(s.offsetOf("usri1_priv")).isEqualTo(20);
        assertThat(s.offsetOf("usri1_home_dir")).isEqualTo(24);
        assertThat(s.offsetOf("usri1_comment")).isEqualTo(32);
        assertThat(s.offsetOf("usri1_flags")).isEqualTo(40);
        assertThat(s.offsetOf("usri1_script_path")).isEqualTo(48);
    }

    @Test
    void userInfoLevels1007And1008() {
        assertThat(new Netapi32Ext.UserInfo1007().size()).isEqualTo(8);
        assertThat(new Netapi32Ext.UserInfo1008().size()).isEqualTo(4);
    }

    @Test
    void lsaObjectAttributesAndUnicodeString() {
        var a = new Lsa.LsaObjectAttributes();
        assertThat(a.size()).isEqualTo(48);
        assertThat(a.Length).isEqualTo(48);
        assertThat(a.offsetOf("RootDirectory")).isEqualTo(8);
        assertThat(a.offsetOf("Attributes")).isEqualTo(24);
        assertThat(a.offsetOf("SecurityQualityOfService")).isEqualTo(40);
        assertThat(new NTSecApi.LSA_UNICODE_STRING().size()).as("contiguous array stride").isEqualTo(16);
    }

    @Test
    void trusteeAndExplicitAccess() {
        var t = new AclApi.Trustee();
        assertThat(t.size()).isEqualTo(32);
        assertThat(t.offsetOf("MultipleTrusteeOperation")).isEqualTo(8);
        assertThat(t.offsetOf("ptstrName")).isEqualTo(24);
        var e = new AclApi.ExplicitAccess();
        assertThat(e.size()).isEqualTo(48);
        assertThat(e.offsetOf("Trustee")).isEqualTo(16);
    }

    @Test
    void queryServiceConfig() {
        var q = new Advapi32Ext.QueryServiceConfig();
        assertThat(q.size()).isEqualTo(64);
        assertThat(q.offsetOf("lpBinaryPathName")).isEqualTo(16);
        assertThat(q.offsetOf("dwTagId")).isEqualTo(32);
        assertThat(q.offsetOf("lpDependencies")).isEqualTo(40);
        assertThat(q.offsetOf("lpServiceStartName")).isEqualTo(48);
        assertThat(q.offsetOf("lpDisplayName")).isEqualTo(56);
    }

    @Test
    void theRightsArrayHoldsTheRightInUtf16WithoutTerminatorInItsLength() {
        var r = JnaRights.rights("SeServiceLogonRight");
        assertThat(r[0].Length).isEqualTo((short) 38);
        assertThat(r[0].MaximumLength).isEqualTo((short) 40);
    }

    @Test
    void anLsaStringIsReadByItsLengthNotUpToANul() {
        // An LSA string need not end with a NUL: here the buffer goes on past the right's name.
        String right = "SeServiceLogonRight";
        String buffer = right + "XYZ-garbage";
        com.sun.jna.Memory m = new com.sun.jna.Memory((buffer.length() + 1) * 2L);
        m.clear();
        for (int i = 0; i < buffer.length(); i++) {
            m.setShort(i * 2L, (short) buffer.charAt(i));
        }
        NTSecApi.LSA_UNICODE_STRING s = new NTSecApi.LSA_UNICODE_STRING();
        s.Buffer = m;
        s.Length = (short) (right.length() * 2);
        s.MaximumLength = (short) (buffer.length() * 2);
        assertThat(JnaRights.text(s)).isEqualTo(right);
    }

    @Test
    void aToolsErrorOutputIsKeptApartFromItsOutput() {
        Assumptions.assumeTrue(!com.sun.jna.Platform.isWindows(), "a POSIX shell stands in for a Windows tool");
        Processes.Result r = Processes.run(java.util.List.of("sh", "-c", "echo WARNING: something >&2; printf '[1]'"),
                "ignored".getBytes(), java.time.Duration.ofSeconds(10));
        assertThat(r.exit()).isZero();
        assertThat(r.text()).isEqualTo("[1]");
        assertThat(r.err()).contains("WARNING: something");
        Processes.Result fed = Processes.run(java.util.List.of("sh", "-c", "cat"), "fed on stdin".getBytes(),
                java.time.Duration.ofSeconds(10));
        assertThat(fed.text()).as("secrets go on standard input").isEqualTo("fed on stdin");
    }
}
