package lockdown.windows.jna;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.win32.NTSecApi;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;

/** The LSA policy calls for account rights, which jna-platform does not map. */
public interface Lsa extends StdCallLibrary {

    final class Holder {
        static final Lsa INSTANCE = Native.load("Advapi32", Lsa.class, W32APIOptions.DEFAULT_OPTIONS);

        private Holder() {
        }
    }

    int POLICY_LOOKUP_NAMES = 0x800;
    int POLICY_CREATE_ACCOUNT = 0x10;
    int STATUS_OBJECT_NAME_NOT_FOUND = 0xC0000034;

    int LsaOpenPolicy(NTSecApi.LSA_UNICODE_STRING systemName, LsaObjectAttributes attributes, int desiredAccess,
                      PointerByReference policy);

    int LsaAddAccountRights(Pointer policy, WinNT.PSID sid, NTSecApi.LSA_UNICODE_STRING[] rights, int count);

    int LsaRemoveAccountRights(Pointer policy, WinNT.PSID sid, byte allRights, NTSecApi.LSA_UNICODE_STRING[] rights, int count);

    int LsaEnumerateAccountRights(Pointer policy, WinNT.PSID sid, PointerByReference rights, IntByReference count);

    int LsaFreeMemory(Pointer buffer);

    int LsaClose(Pointer policy);

    int LsaNtStatusToWinError(int status);

    /** LSA_OBJECT_ATTRIBUTES: unused by LsaOpenPolicy, passed zeroed with its length set. */
    @Structure.FieldOrder({"Length", "RootDirectory", "ObjectName", "Attributes", "SecurityDescriptor", "SecurityQualityOfService"})
    class LsaObjectAttributes extends Layout {
        public int Length;
        public Pointer RootDirectory;
        public Pointer ObjectName;
        public int Attributes;
        public Pointer SecurityDescriptor;
        public Pointer SecurityQualityOfService;

        public LsaObjectAttributes() {
            Length = size();
        }
    }
}
