package lockdown.steps;

import java.util.Locale;
import lockdown.core.InvalidSettingsException;
import lockdown.core.Msg;

/** Local account names: checking them, and comparing the forms Windows writes them in. */
final class Accounts {

    private Accounts() {
    }

    /** Up to 20 characters, none of " / \ [ ] : | < > + = ; ? * , and no trailing dot. */
    static String checked(String key, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 20 || n.endsWith(".") || n.matches(".*[\"/\\\\\\[\\]:|<>+=;?*,\\p{Cntrl}].*")) {
            throw new InvalidSettingsException(key, Msg.of("account.bad-name", n));
        }
        return n;
    }

    /**
     * The local account that {@code ".\name"}, {@code "COMPUTER\name"} or {@code "name"} names. A
     * domain account (or a managed service account) is refused: the wizard only sets local ones.
     */
    static String localName(String key, String account, String computerName) {
        String a = account == null ? "" : account.strip();
        int slash = a.lastIndexOf('\\');
        if (slash >= 0) {
            String domain = a.substring(0, slash);
            if (!domain.equals(".") && !domain.equalsIgnoreCase(computerName)) {
                throw new InvalidSettingsException(key, Msg.of("account.not-local", a));
            }
        }
        return checked(key, bare(a));
    }

    /** ".\name", "MACHINE\name" and "name" name the same local account. */
    static boolean same(String a, String b) {
        return bare(a).equalsIgnoreCase(bare(b));
    }

    static String bare(String account) {
        if (account == null) {
            return "";
        }
        int slash = account.lastIndexOf('\\');
        return (slash >= 0 ? account.substring(slash + 1) : account).toLowerCase(Locale.ROOT);
    }

    /** The form services and application pools take for a local account. */
    static String local(String name) {
        return ".\\" + bare(name);
    }

    static boolean builtIn(String account) {
        String a = account == null ? "" : account.toLowerCase(Locale.ROOT);
        return a.isEmpty() || a.equals("localsystem") || a.endsWith("\\localsystem") || a.startsWith("nt authority\\");
    }
}
