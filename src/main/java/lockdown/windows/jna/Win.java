package lockdown.windows.jna;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Kernel32Util;
import java.util.Map;
import lockdown.base.Msg;
import lockdown.windows.WindowsException;

/** Turning Windows error codes into messages, passwords into wipeable native memory, and account names into SIDs. */
final class Win {

    /** Network management errors that FormatMessage does not know. */
    private static final Map<Integer, String> NERR = Map.of(
            2221, "windows.nerr.2221", 2224, "windows.nerr.2224", 2245, "windows.nerr.2245", 2453, "windows.nerr.2453");

    private Win() {
    }

    static WindowsException fail(int code, String call) {
        String text;
        if (NERR.containsKey(code)) {
            text = Msg.of(NERR.get(code)).text();
        } else {
            try {
                text = Kernel32Util.formatMessageFromLastErrorCode(code).strip();
            } catch (RuntimeException unknown) {
                text = "";
            }
        }
        return new WindowsException(code, Msg.of("windows.call-failed", call, code, text));
    }

    /** A NUL-terminated UTF-16 copy of a password in native memory; the caller clears it. */
    static Memory wide(char[] text) {
        Memory m = new Memory((text.length + 1) * 2L);
        m.clear();
        for (int i = 0; i < text.length; i++) {
            m.setChar(i * 2L, text[i]);
        }
        return m;
    }

    /** The account's SID, looked up by name (LookupAccountName). */
    static byte[] sidBytes(String account) {
        return Advapi32Util.getAccountByName(null, lookupName(account)).sid;
    }

    /** The account's SID in native memory, for the calls that take a PSID. */
    static Memory sid(String account) {
        byte[] bytes = sidBytes(account);
        Memory m = new Memory(bytes.length);
        m.write(0, bytes, 0, bytes.length);
        return m;
    }

    /** ".\name" and "COMPUTER\name" become the name LookupAccountName takes for a local account. */
    static String lookupName(String account) {
        return account.startsWith(".\\") ? account.substring(2) : account;
    }
}
