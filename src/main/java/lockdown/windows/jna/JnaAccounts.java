package lockdown.windows.jna;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.Optional;
import lockdown.windows.LocalAccounts;
import lockdown.windows.LocalUser;

/**
 * Local users through NetUserGetInfo / NetUserAdd / NetUserSetInfo / NetUserDel (level 1 and
 * 1007/1008), created with "password never expires" and "user cannot change password".
 */
final class JnaAccounts implements LocalAccounts {

    private static Netapi32Ext api() {
        return Netapi32Ext.Holder.INSTANCE;
    }

    @Override
    public Optional<LocalUser> find(String name) {
        PointerByReference buf = new PointerByReference();
        int rc = api().NetUserGetInfo(null, Win.lookupName(name), 1, buf);
        if (rc == Netapi32Ext.NERR_USER_NOT_FOUND) {
            return Optional.empty();
        }
        if (rc != 0) {
            throw Win.fail(rc, "NetUserGetInfo");
        }
        try {
            Netapi32Ext.UserInfo1 u = new Netapi32Ext.UserInfo1(buf.getValue());
            int f = u.usri1_flags;
            return Optional.of(new LocalUser(u.usri1_name, u.usri1_comment == null ? "" : u.usri1_comment,
                    (f & Netapi32Ext.UF_DONT_EXPIRE_PASSWD) != 0, (f & Netapi32Ext.UF_PASSWORD_EXPIRED) != 0,
                    (f & Netapi32Ext.UF_ACCOUNTDISABLE) != 0, (f & Netapi32Ext.UF_PASSWD_CANT_CHANGE) != 0,
                    Advapi32Util.getAccountByName(null, Win.lookupName(name)).sidString));
        } finally {
            api().NetApiBufferFree(buf.getValue());
        }
    }

    @Override
    public void create(String name, String description, char[] password) {
        Netapi32Ext.UserInfo1 ui = new Netapi32Ext.UserInfo1();
        Memory secret = Win.wide(password);
        try {
            ui.usri1_name = Win.lookupName(name);
            ui.usri1_password = secret;
            ui.usri1_priv = Netapi32Ext.USER_PRIV_USER;
            ui.usri1_comment = description;
            ui.usri1_flags = Netapi32Ext.UF_SCRIPT | Netapi32Ext.UF_NORMAL_ACCOUNT | Netapi32Ext.UF_DONT_EXPIRE_PASSWD
                    | Netapi32Ext.UF_PASSWD_CANT_CHANGE;
            ui.write();
            int rc = api().NetUserAdd(null, 1, ui, new IntByReference());
            if (rc != 0) {
                throw Win.fail(rc, "NetUserAdd");
            }
        } finally {
            secret.clear();
            ui.usri1_password = null;
            ui.write();
        }
    }

    @Override
    public void update(LocalUser user) {
        String name = Win.lookupName(user.name());
        PointerByReference buf = new PointerByReference();
        int rc = api().NetUserGetInfo(null, name, 1, buf);
        if (rc != 0) {
            throw Win.fail(rc, "NetUserGetInfo");
        }
        int flags;
        try {
            flags = new Netapi32Ext.UserInfo1(buf.getValue()).usri1_flags;
        } finally {
            api().NetApiBufferFree(buf.getValue());
        }
        flags |= Netapi32Ext.UF_SCRIPT;
        flags = set(flags, Netapi32Ext.UF_DONT_EXPIRE_PASSWD, user.passwordNeverExpires());
        flags = set(flags, Netapi32Ext.UF_PASSWORD_EXPIRED, user.mustChangePassword());
        flags = set(flags, Netapi32Ext.UF_ACCOUNTDISABLE, user.disabled());
        flags = set(flags, Netapi32Ext.UF_PASSWD_CANT_CHANGE, user.cannotChangePassword());
        Netapi32Ext.UserInfo1008 f = new Netapi32Ext.UserInfo1008();
        f.usri1008_flags = flags;
        rc = api().NetUserSetInfo(null, name, 1008, f, new IntByReference());
        if (rc != 0) {
            throw Win.fail(rc, "NetUserSetInfo(1008)");
        }
        Netapi32Ext.UserInfo1007 c = new Netapi32Ext.UserInfo1007();
        c.usri1007_comment = user.description();
        rc = api().NetUserSetInfo(null, name, 1007, c, new IntByReference());
        if (rc != 0) {
            throw Win.fail(rc, "NetUserSetInfo(1007)");
        }
    }

    private static int set(int flags, int bit, boolean on) {
        return on ? flags | bit : flags & ~bit;
    }

    @Override
    public void delete(String name) {
        int rc = api().NetUserDel(null, Win.lookupName(name));
        if (rc != 0) {
            throw Win.fail(rc, "NetUserDel");
        }
    }
}
