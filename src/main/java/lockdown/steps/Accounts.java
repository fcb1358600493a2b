package lockdown.steps;

import java.util.Locale;
import java.util.Optional;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;

/**
 * Windows account names: checking them, and telling the forms apart. Only {@code .\name},
 * {@code COMPUTER\name} (and a bare name) are local accounts of this computer; {@code CORP\svc},
 * {@code NT SERVICE\SmarterMail} and group managed service accounts ({@code CORP\svc$}) are not, and
 * the wizard never takes them for a local account of the same name.
 */
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

    /** The local account {@code account} names, if it names one of this computer. */
    static Optional<String> localName(String account, String computerName) {
        String a = account == null ? "" : account.strip();
        if (a.isEmpty() || builtIn(a) || a.endsWith("$")) {
            return Optional.empty();
        }
        int slash = a.lastIndexOf('\\');
        if (slash < 0) {
            return Optional.of(a);
        }
        String domain = a.substring(0, slash);
        return domain.equals(".") || domain.equalsIgnoreCase(computerName) ? Optional.of(a.substring(slash + 1)) : Optional.empty();
    }

    /** The local account {@code account} names; a domain, virtual or managed account is refused, naming the field. */
    static String localName(String key, String account, String computerName) {
        String a = account == null ? "" : account.strip();
        return checked(key, localName(a, computerName).orElseThrow(() -> new InvalidSettingsException(key,
                Msg.of("account.not-local", a))));
    }

    /** Neither built in nor a local account of this computer: a domain, virtual or group managed service account. */
    static boolean other(String account, String computerName) {
        return account != null && !account.isBlank() && !builtIn(account) && localName(account, computerName).isEmpty();
    }

    /** Two names of local accounts of this computer that name the same account. */
    static boolean same(String a, String b, String computerName) {
        Optional<String> x = localName(a, computerName);
        Optional<String> y = localName(b, computerName);
        return x.isPresent() && y.isPresent() && x.get().equalsIgnoreCase(y.get());
    }

    /** The form services and application pools take for a local account. */
    static String local(String name) {
        int slash = name.lastIndexOf('\\');
        return ".\\" + (slash >= 0 ? name.substring(slash + 1) : name);
    }

    static boolean builtIn(String account) {
        String a = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        return a.isEmpty() || a.equals("localsystem") || a.endsWith("\\localsystem") || a.startsWith("nt authority\\");
    }
}
