package lockdown.core;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the steps of section 1 share during a session: the name of the service account, and the
 * password the wizard generated for it. The password lives only here, in memory: it is shown to
 * the administrator once, handed to the service and application pool steps, and never logged,
 * journaled or reported. {@link #toString()} hides it.
 */
public final class HostContext {

    public static final String DEFAULT_ACCOUNT = "smartermail_svc";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!@#%+=";

    private String account = DEFAULT_ACCOUNT;
    private char[] password;
    private boolean shown;

    public synchronized String account() {
        return account;
    }

    public synchronized void account(String name) {
        account = name;
    }

    /** A new strong password (24 characters, upper, lower, digit and symbol), kept until replaced or cleared. */
    public synchronized char[] generatePassword() {
        SecureRandom random = new SecureRandom();
        char[] p;
        do {
            p = new char[24];
            for (int i = 0; i < p.length; i++) {
                p[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
        } while (!strong(p));
        clear();
        password = p;
        shown = false;
        return p.clone();
    }

    private static boolean strong(char[] p) {
        String s = new String(p);
        return s.chars().anyMatch(Character::isUpperCase) && s.chars().anyMatch(Character::isLowerCase)
                && s.chars().anyMatch(Character::isDigit) && s.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
    }

    public synchronized Optional<char[]> password() {
        return Optional.ofNullable(password).map(char[]::clone);
    }

    /** The password to show the administrator, only the first time it is asked for. */
    public synchronized Optional<char[]> passwordToShowOnce() {
        if (password == null || shown) {
            return Optional.empty();
        }
        shown = true;
        return Optional.of(password.clone());
    }

    public synchronized void clear() {
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }

    @Override
    public String toString() {
        return "HostContext[" + account + ", password hidden]";
    }
}
