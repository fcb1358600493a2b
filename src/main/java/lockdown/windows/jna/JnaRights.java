package lockdown.windows.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.win32.NTSecApi;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.HashSet;
import java.util.Set;
import lockdown.windows.UserRights;

/**
 * Account rights through the LSA policy. Only rights held directly show (not those through a
 * group); "none at all" comes back as STATUS_OBJECT_NAME_NOT_FOUND and means an empty set. The SID
 * is looked up before the policy is opened, so a failed lookup leaks no policy handle.
 */
final class JnaRights implements UserRights {

    private static Lsa lsa() {
        return Lsa.Holder.INSTANCE;
    }

    @Override
    public Set<String> rightsOf(String account) {
        Memory sid = Win.sid(account);
        Pointer policy = open(Lsa.POLICY_LOOKUP_NAMES);
        try {
            PointerByReference rights = new PointerByReference();
            IntByReference count = new IntByReference();
            int status = lsa().LsaEnumerateAccountRights(policy, new WinNT.PSID(sid), rights, count);
            if (status == Lsa.STATUS_OBJECT_NAME_NOT_FOUND) {
                return Set.of();
            }
            check(status, "LsaEnumerateAccountRights");
            try {
                Set<String> out = new HashSet<>();
                if (count.getValue() > 0) {
                    NTSecApi.LSA_UNICODE_STRING first = Structure.newInstance(NTSecApi.LSA_UNICODE_STRING.class, rights.getValue());
                    first.read();
                    for (Structure s : first.toArray(count.getValue())) {
                        out.add(text((NTSecApi.LSA_UNICODE_STRING) s));
                    }
                }
                return out;
            } finally {
                lsa().LsaFreeMemory(rights.getValue());
            }
        } finally {
            lsa().LsaClose(policy);
        }
    }

    /**
     * An LSA_UNICODE_STRING's text: Length bytes from Buffer. LSA strings need not end with a NUL,
     * so reading up to one (getString) could run past the string.
     */
    static String text(NTSecApi.LSA_UNICODE_STRING s) {
        int units = (s.Length & 0xFFFF) / 2;
        if (s.Buffer == null || units == 0) {
            return "";
        }
        short[] utf16 = s.Buffer.getShortArray(0, units);
        char[] text = new char[units];
        for (int i = 0; i < units; i++) {
            text[i] = (char) utf16[i];
        }
        return new String(text);
    }

    @Override
    public void grant(String account, String right) {
        WinNT.PSID sid = new WinNT.PSID(Win.sid(account));
        Pointer policy = open(Lsa.POLICY_LOOKUP_NAMES | Lsa.POLICY_CREATE_ACCOUNT);
        try {
            check(lsa().LsaAddAccountRights(policy, sid, rights(right), 1), "LsaAddAccountRights");
        } finally {
            lsa().LsaClose(policy);
        }
    }

    @Override
    public void revoke(String account, String right) {
        WinNT.PSID sid = new WinNT.PSID(Win.sid(account));
        Pointer policy = open(Lsa.POLICY_LOOKUP_NAMES | Lsa.POLICY_CREATE_ACCOUNT);
        try {
            check(lsa().LsaRemoveAccountRights(policy, sid, (byte) 0, rights(right), 1), "LsaRemoveAccountRights");
        } finally {
            lsa().LsaClose(policy);
        }
    }

    /** Opens the local policy with the least access the call needs: reads look up names, writes also create account objects. */
    private static Pointer open(int access) {
        PointerByReference policy = new PointerByReference();
        check(lsa().LsaOpenPolicy(null, new Lsa.LsaObjectAttributes(), access, policy), "LsaOpenPolicy");
        return policy.getValue();
    }


    /** A contiguous array of one LSA_UNICODE_STRING naming the right. */
    static NTSecApi.LSA_UNICODE_STRING[] rights(String right) {
        NTSecApi.LSA_UNICODE_STRING[] array = (NTSecApi.LSA_UNICODE_STRING[]) new NTSecApi.LSA_UNICODE_STRING().toArray(1);
        Memory text = Win.wide(right.toCharArray());
        array[0].Buffer = text;
        array[0].Length = (short) (right.length() * 2);
        array[0].MaximumLength = (short) ((right.length() + 1) * 2);
        array[0].write();
        return array;
    }

    private static void check(int status, String call) {
        if (status != 0) {
            throw Win.fail(lsa().LsaNtStatusToWinError(status), call);
        }
    }
}
