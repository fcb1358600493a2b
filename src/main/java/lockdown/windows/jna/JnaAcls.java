package lockdown.windows.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.AccCtrl;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Kernel32Util;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.PointerByReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lockdown.windows.AclEntry;
import lockdown.windows.FileAcls;

/**
 * Folder permissions: read the DACL; add an explicit Modify entry inherited by subfolders and files
 * (SetEntriesInAcl merges it, SetNamedSecurityInfo passes it on to everything below, which can take
 * a while on a large tree); remove exactly that entry again. A folder's inheritance setting is
 * kept as it was.
 */
final class JnaAcls implements FileAcls {

    private static final int OBJECT_INHERIT = 0x01;
    private static final int CONTAINER_INHERIT = 0x02;
    private static final int INHERITED = 0x10;

    @Override
    public boolean exists(String folder) {
        return Files.isDirectory(Path.of(folder));
    }

    @Override
    public List<AclEntry> read(String folder) {
        List<AclEntry> out = new ArrayList<>();
        for (WinNT.ACE_HEADER h : Advapi32Util.getFileSecurity(folder, false)) {
            if (h instanceof WinNT.ACCESS_ACEStructure ace) {
                String name;
                try {
                    Advapi32Util.Account a = Advapi32Util.getAccountBySid(ace.getSID());
                    name = a.domain == null || a.domain.isEmpty() ? a.name : a.domain + "\\" + a.name;
                } catch (RuntimeException unknownSid) {
                    name = ace.getSidString();
                }
                out.add(new AclEntry(name, ace.Mask, ace.AceType == WinNT.ACCESS_ALLOWED_ACE_TYPE,
                        (ace.AceFlags & OBJECT_INHERIT) != 0, (ace.AceFlags & CONTAINER_INHERIT) != 0, (ace.AceFlags & INHERITED) != 0));
            }
        }
        return out;
    }

    @Override
    public void grantModify(String folder, String account) {
        PointerByReference updated = new PointerByReference();
        try (Dacl dacl = Dacl.of(folder)) {
            Memory sid = Win.sid(account);
            AclApi.ExplicitAccess ea = new AclApi.ExplicitAccess();
            ea.grfAccessPermissions = AclEntry.MODIFY;
            ea.grfAccessMode = AclApi.GRANT_ACCESS;
            ea.grfInheritance = AclApi.SUB_CONTAINERS_AND_OBJECTS_INHERIT;
            ea.Trustee.MultipleTrusteeOperation = AclApi.NO_MULTIPLE_TRUSTEE;
            ea.Trustee.TrusteeForm = AclApi.TRUSTEE_IS_SID;
            ea.Trustee.TrusteeType = AclApi.TRUSTEE_IS_USER;
            ea.Trustee.ptstrName = sid;
            ea.write();
            int rc = AclApi.Holder.INSTANCE.SetEntriesInAcl(1, ea, dacl.acl(), updated);
            if (rc != 0) {
                throw Win.fail(rc, "SetEntriesInAcl");
            }
            set(folder, updated.getValue(), dacl.isProtected());
        } finally {
            if (updated.getValue() != null) {
                Kernel32Util.freeLocalMemory(updated.getValue());
            }
        }
    }

    @Override
    public void revokeModify(String folder, String account) {
        try (Dacl dacl = Dacl.of(folder)) {
            WinNT.ACL old = new WinNT.ACL(dacl.acl());
            byte[] sid = Win.sidBytes(account);
            Memory copy = new Memory(Math.max(old.AclSize, 8));
            WinNT.ACL fresh = new WinNT.ACL(copy);
            if (!Advapi32.INSTANCE.InitializeAcl(fresh, old.AclSize, WinNT.ACL_REVISION)) {
                throw Win.fail(com.sun.jna.Native.getLastError(), "InitializeAcl");
            }
            // Only explicit entries are copied; inherited ones come back from the parent on their own
            // (unless inheritance is off, and then there are none).
            for (int i = 0; i < old.AceCount; i++) {
                PointerByReference ace = new PointerByReference();
                if (!Advapi32.INSTANCE.GetAce(old, i, ace)) {
                    throw Win.fail(com.sun.jna.Native.getLastError(), "GetAce");
                }
                Pointer p = ace.getValue();
                byte type = p.getByte(0);
                byte flags = p.getByte(1);
                int size = p.getShort(2) & 0xFFFF;
                if ((flags & INHERITED) != 0 || ours(p, type, flags, sid)) {
                    continue;
                }
                if (!Advapi32.INSTANCE.AddAce(fresh, WinNT.ACL_REVISION, -1, p, size)) {
                    throw Win.fail(com.sun.jna.Native.getLastError(), "AddAce");
                }
            }
            set(folder, copy, dacl.isProtected());
        }
    }

    /** The allow entry the wizard adds: exactly Modify, object and container inherit, for this SID. */
    private static boolean ours(Pointer ace, byte type, byte flags, byte[] sid) {
        if (type != WinNT.ACCESS_ALLOWED_ACE_TYPE || (flags & (OBJECT_INHERIT | CONTAINER_INHERIT)) != (OBJECT_INHERIT | CONTAINER_INHERIT)) {
            return false;
        }
        int mask = ace.getInt(4);
        byte[] aceSid = ace.getByteArray(8, sid.length);
        return mask == AclEntry.MODIFY && Arrays.equals(aceSid, sid);
    }

    /** Writes the DACL, keeping the folder's inheritance as it was: on stays on, off stays off. */
    private static void set(String folder, Pointer acl, boolean protectedDacl) {
        int inheritance = protectedDacl ? WinNT.PROTECTED_DACL_SECURITY_INFORMATION : WinNT.UNPROTECTED_DACL_SECURITY_INFORMATION;
        int rc = Advapi32.INSTANCE.SetNamedSecurityInfo(folder, AccCtrl.SE_OBJECT_TYPE.SE_FILE_OBJECT,
                WinNT.DACL_SECURITY_INFORMATION | inheritance, null, null, acl, null);
        if (rc != 0) {
            throw Win.fail(rc, "SetNamedSecurityInfo");
        }
    }

    /** A folder's DACL and the security descriptor holding it, freed on close. */
    private record Dacl(Pointer acl, Pointer descriptor) implements AutoCloseable {

        static Dacl of(String folder) {
            PointerByReference dacl = new PointerByReference();
            PointerByReference descriptor = new PointerByReference();
            int rc = Advapi32.INSTANCE.GetNamedSecurityInfo(folder, AccCtrl.SE_OBJECT_TYPE.SE_FILE_OBJECT,
                    WinNT.DACL_SECURITY_INFORMATION, null, null, dacl, null, descriptor);
            if (rc != 0) {
                throw Win.fail(rc, "GetNamedSecurityInfo");
            }
            return new Dacl(dacl.getValue(), descriptor.getValue());
        }

        /** SE_DACL_PROTECTED in the descriptor's Control word (a WORD at offset 2): inheritance is off. */
        boolean isProtected() {
            return (descriptor.getShort(2) & WinNT.SE_DACL_PROTECTED) != 0;
        }

        @Override
        public void close() {
            Kernel32Util.freeLocalMemory(descriptor);
        }
    }
}
