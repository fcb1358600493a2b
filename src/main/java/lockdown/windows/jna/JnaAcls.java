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
 * Folder permissions: read the DACL with the SID of every entry; add an explicit Modify entry
 * inherited by subfolders and files (SetEntriesInAcl with GRANT_ACCESS merges it into an allow entry
 * the account may already have; SetNamedSecurityInfo passes it on to everything below, which can take
 * a while on a large tree); and put back exactly the entries an account had before. A folder's
 * inheritance setting is kept as it was.
 */
final class JnaAcls implements FileAcls {

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
                out.add(new AclEntry(name, ace.getSidString(), ace.Mask, ace.AceType == WinNT.ACCESS_ALLOWED_ACE_TYPE,
                        ace.AceFlags & 0xFF));
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

    /**
     * Rebuilds the folder's explicit entries: every explicit entry of other SIDs as it was, then
     * exactly {@code entries} for this account's SID (denials before grants, the canonical order);
     * the inherited ones come back from the parent on their own (unless inheritance is off, and then
     * there are none).
     */
    @Override
    public void restore(String folder, String account, List<AclEntry> entries) {
        try (Dacl dacl = Dacl.of(folder)) {
            WinNT.ACL old = new WinNT.ACL(dacl.acl());
            byte[] sid = Win.sidBytes(account);
            List<Memory> denies = new ArrayList<>();
            List<Memory> allows = new ArrayList<>();
            for (int i = 0; i < old.AceCount; i++) {
                PointerByReference ace = new PointerByReference();
                if (!Advapi32.INSTANCE.GetAce(old, i, ace)) {
                    throw Win.fail(com.sun.jna.Native.getLastError(), "GetAce");
                }
                Pointer p = ace.getValue();
                byte type = p.getByte(0);
                byte flags = p.getByte(1);
                int size = p.getShort(2) & 0xFFFF;
                if ((flags & INHERITED) != 0 || sameSid(p, type, sid)) {
                    continue;
                }
                Memory copy = new Memory(size);
                copy.write(0, p.getByteArray(0, size), 0, size);
                (type == WinNT.ACCESS_DENIED_ACE_TYPE ? denies : allows).add(copy);
            }
            for (AclEntry e : entries) {
                byte[] entrySid = Advapi32Util.convertStringSidToSid(e.sid());
                (e.allow() ? allows : denies).add(ace(e.allow(), e.flags() & ~INHERITED, e.mask(), entrySid));
            }
            int size = 8;
            for (Memory m : denies) {
                size += (int) m.size();
            }
            for (Memory m : allows) {
                size += (int) m.size();
            }
            Memory buffer = new Memory((size + 3) & ~3);
            WinNT.ACL fresh = new WinNT.ACL(buffer);
            if (!Advapi32.INSTANCE.InitializeAcl(fresh, (int) buffer.size(), WinNT.ACL_REVISION)) {
                throw Win.fail(com.sun.jna.Native.getLastError(), "InitializeAcl");
            }
            List<Memory> ordered = new ArrayList<>(denies);
            ordered.addAll(allows);
            for (Memory m : ordered) {
                if (!Advapi32.INSTANCE.AddAce(fresh, WinNT.ACL_REVISION, -1, m, (int) m.size())) {
                    throw Win.fail(com.sun.jna.Native.getLastError(), "AddAce");
                }
            }
            set(folder, buffer, dacl.isProtected());
        }
    }

    /** An ACCESS_ALLOWED_ACE or ACCESS_DENIED_ACE: header (type, flags, size), mask, SID. */
    private static Memory ace(boolean allow, int flags, int mask, byte[] sid) {
        int size = 8 + sid.length;
        Memory m = new Memory(size);
        m.setByte(0, allow ? WinNT.ACCESS_ALLOWED_ACE_TYPE : WinNT.ACCESS_DENIED_ACE_TYPE);
        m.setByte(1, (byte) flags);
        m.setShort(2, (short) size);
        m.setInt(4, mask);
        m.write(8, sid, 0, sid.length);
        return m;
    }

    /** An allow or deny entry naming this SID. */
    private static boolean sameSid(Pointer ace, byte type, byte[] sid) {
        if (type != WinNT.ACCESS_ALLOWED_ACE_TYPE && type != WinNT.ACCESS_DENIED_ACE_TYPE) {
            return false;
        }
        int size = ace.getShort(2) & 0xFFFF;
        return size == 8 + sid.length && Arrays.equals(ace.getByteArray(8, sid.length), sid);
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
