package lockdown.sim;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/** The simulated server's accounts and tokens. Refresh tokens rotate: each one works once. */
final class SimAccounts {

    record Account(String username, String password, boolean sysAdmin, lockdown.core.Totp totp) {

        Account(String username, String password, boolean sysAdmin) {
            this(username, password, sysAdmin, null);
        }

        @Override
        public String toString() {
            return "Account[" + username + "]";
        }
    }

    record Token(String username, Instant expires) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Map<String, Account> accounts = new HashMap<>();
    private final Map<String, Token> access = new HashMap<>();
    private final Map<String, String> refresh = new HashMap<>();
    private final Map<String, Token> steps = new HashMap<>();
    private final java.util.Set<String> issued = new java.util.HashSet<>();
    private int renewals;

    SimAccounts(Clock clock) {
        this.clock = clock;
    }

    synchronized void add(Account a) {
        accounts.put(a.username().toLowerCase(java.util.Locale.ROOT), a);
    }

    synchronized Optional<Account> check(String username, String password) {
        Account a = accounts.get(username == null ? "" : username.toLowerCase(java.util.Locale.ROOT));
        return a != null && a.password().equals(password) ? Optional.of(a) : Optional.empty();
    }

    synchronized Optional<Account> account(String username) {
        return Optional.ofNullable(accounts.get(username.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Turns on two-factor authentication for an account. */
    synchronized void twoFactor(String username, lockdown.core.Totp totp) {
        Account a = accounts.get(username.toLowerCase(java.util.Locale.ROOT));
        accounts.put(username.toLowerCase(java.util.Locale.ROOT), new Account(a.username(), a.password(), a.sysAdmin(), totp));
    }

    /** A short-lived, single-use token that only authenticate-two-factor-code accepts. */
    synchronized String issueStep(String username) {
        String t = newToken();
        steps.put(t, new Token(username, Instant.now(clock).plus(Duration.ofMinutes(10))));
        issued.add(t);
        return t;
    }

    /** The user of a step token, which is used up by this call whatever the code. */
    synchronized Optional<String> useStep(String token) {
        Token t = steps.remove(token);
        return t != null && Instant.now(clock).isBefore(t.expires()) ? Optional.of(t.username()) : Optional.empty();
    }

    synchronized boolean isStep(String token) {
        return steps.containsKey(token);
    }

    /** Issues a new access and refresh token pair. */
    synchronized String[] issue(String username, Duration lifetime) {
        String a = newToken();
        String r = newToken();
        access.put(a, new Token(username, Instant.now(clock).plus(lifetime)));
        refresh.put(r, username);
        issued.add(a);
        issued.add(r);
        return new String[] {a, r};
    }

    synchronized Instant expiry(String accessToken) {
        return access.get(accessToken).expires();
    }

    /** The user of a refresh token, which is used up by this call. */
    synchronized Optional<String> useRefresh(String token) {
        Optional<String> user = Optional.ofNullable(refresh.remove(token));
        user.ifPresent(u -> renewals++);
        return user;
    }

    synchronized int renewals() {
        return renewals;
    }

    /** Empty when the token is unknown; the token with its expiry otherwise. */
    synchronized Optional<Token> access(String token) {
        return Optional.ofNullable(access.get(token));
    }

    /** Makes every access token expire now (refresh tokens stay valid). */
    synchronized void expireAccessTokens() {
        access.replaceAll((k, t) -> new Token(t.username(), Instant.now(clock).minusSeconds(1)));
    }

    /** Forgets every refresh token, so renewing fails. */
    synchronized void revokeRefreshTokens() {
        refresh.clear();
    }

    /** Every token issued so far (for tests that look for leaks). */
    synchronized java.util.Set<String> allTokens() {
        return java.util.Set.copyOf(issued);
    }

    private static String newToken() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
