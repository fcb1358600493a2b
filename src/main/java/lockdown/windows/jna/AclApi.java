package lockdown.windows.jna;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;

/** SetEntriesInAcl and its structures, which jna-platform does not map. */
public interface AclApi extends StdCallLibrary {

    final class Holder {
        static final AclApi INSTANCE = Native.load("Advapi32", AclApi.class, W32APIOptions.DEFAULT_OPTIONS);

        private Holder() {
        }
    }

    int GRANT_ACCESS = 1;
    int SUB_CONTAINERS_AND_OBJECTS_INHERIT = 3;
    int TRUSTEE_IS_SID = 0;
    int TRUSTEE_IS_USER = 1;
    int NO_MULTIPLE_TRUSTEE = 0;

    int SetEntriesInAcl(int count, ExplicitAccess entries, Pointer oldAcl, PointerByReference newAcl);

    /** TRUSTEE_W with the trustee given as a SID pointer. */
    @Structure.FieldOrder({"pMultipleTrustee", "MultipleTrusteeOperation", "TrusteeForm", "TrusteeType", "ptstrName"})
    class Trustee extends Layout {
        public Pointer pMultipleTrustee;
        public int MultipleTrusteeOperation;
        public int TrusteeForm;
        public int TrusteeType;
        public Pointer ptstrName;
    }

    /** EXPLICIT_ACCESS_W, the trustee embedded by value. */
    @Structure.FieldOrder({"grfAccessPermissions", "grfAccessMode", "grfInheritance", "Trustee"})
    class ExplicitAccess extends Layout {
        public int grfAccessPermissions;
        public int grfAccessMode;
        public int grfInheritance;
        public Trustee Trustee = new Trustee();
    }
}
