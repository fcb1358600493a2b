package lockdown.windows.jna;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.win32.Netapi32;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.W32APIOptions;

/** What jna-platform's Netapi32 lacks: NetUserSetInfo and the small USER_INFO levels it takes. */
public interface Netapi32Ext extends Netapi32 {

    /** Loaded on first use, so the structures can be laid out (and tested) on any platform. */
    final class Holder {
        static final Netapi32Ext INSTANCE = Native.load("Netapi32", Netapi32Ext.class, W32APIOptions.DEFAULT_OPTIONS);

        private Holder() {
        }
    }

    int UF_SCRIPT = 0x0001;
    int UF_ACCOUNTDISABLE = 0x0002;
    int UF_PASSWD_CANT_CHANGE = 0x0040;
    int UF_NORMAL_ACCOUNT = 0x0200;
    int UF_DONT_EXPIRE_PASSWD = 0x10000;
    int UF_PASSWORD_EXPIRED = 0x800000;
    int USER_PRIV_USER = 1;
    int NERR_USER_NOT_FOUND = 2221;

    int NetUserSetInfo(String servername, String username, int level, Structure buf, IntByReference parmErr);

    /** USER_INFO_1 with the password as raw memory, so the wizard can wipe it after the call. */
    @Structure.FieldOrder({"usri1_name", "usri1_password", "usri1_password_age", "usri1_priv", "usri1_home_dir", "usri1_comment",
            "usri1_flags", "usri1_script_path"})
    class UserInfo1 extends Layout {
        public String usri1_name;
        public Pointer usri1_password;
        public int usri1_password_age;
        public int usri1_priv;
        public String usri1_home_dir;
        public String usri1_comment;
        public int usri1_flags;
        public String usri1_script_path;

        public UserInfo1() {
        }

        public UserInfo1(Pointer p) {
            super(p);
            read();
        }
    }

    /** Level 1007: the comment ("Description"). */
    @Structure.FieldOrder({"usri1007_comment"})
    class UserInfo1007 extends Layout {
        public String usri1007_comment;
    }

    /** Level 1008: the flags; replaces every settable flag, so read them first. */
    @Structure.FieldOrder({"usri1008_flags"})
    class UserInfo1008 extends Layout {
        public int usri1008_flags;
    }
}
