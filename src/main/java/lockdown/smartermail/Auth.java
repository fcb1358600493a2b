package lockdown.smartermail;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import lockdown.base.Msg;

/**
 * Login and token refresh. A failed login is never retried: repeated failures trip the server's
 * intrusion detection and block the administrator's address. The access token is renewed a minute
 * before it expires; a rejected renewal ends the session and asks for a new login, once.
 */
final class Auth {

    static final Duration REFRESH_EARLY = Duration.ofSeconds(60);
    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(10);

    private final ApiHttp http;
    private final Clock clock;
    private Tokens tokens;
    private String username;

    Auth(ApiHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    synchronized String username() {
        return username;
    }

    /**
     * The half-done login of an account with two-factor authentication: the step token of current
     * builds (or null on older builds) and what the fallback needs to log in again with the code.
     */
    private record Pending(String user, char[] password, String stepToken) {
        void clear() {
            java.util.Arrays.fill(password, '\0');
        }

        @Override
        public String toString() {
            return "Pending[" + user + "]";
        }
    }

    private Pending pending;

    synchronized void login(String user, char[] password) {
        login(user, password, null);
    }

    /**
     * Logs in. A two-factor code known beforehand goes with the first call, so a server of the older
     * flow sees one login; a current server that still answers with a step token gets the same code
     * on its second call. Without a code, an account with two-factor authentication ends in a
     * TWO_FACTOR_REQUIRED error and {@link #loginWithCode} finishes the login.
     */
    synchronized void login(String user, char[] password, String code) {
        if (user == null || user.isBlank()) {
            throw new lockdown.base.InvalidSettingsException("username", Msg.of("login.username-empty"));
        }
        if (password == null || password.length == 0) {
            throw new lockdown.base.InvalidSettingsException("password", Msg.of("login.password-empty"));
        }
        String known = code == null || code.isBlank() ? null : checkedCode(code);
        clearPending();
        JsonNode answer;
        SecretBody body = credentials(user, password, known);
        try {
            answer = http.send(Endpoint.AUTHENTICATE_USER, Map.of(), body, null, ApiHttp.Mode.LOGIN);
        } catch (ApiException e) {
            if (e.serverCode().equals("TWO_FACTOR_REQUIRED") && known == null) {
                // Older builds answer 401 and take the code on authenticate-user itself.
                pending = new Pending(user.strip(), password.clone(), null);
                throw twoFactorNeeded();
            }
            throw known != null && e.serverCode().contains("TWO_FACTOR") ? codeFailure(e) : loginFailure(e);
        } finally {
            body.wipe();
        }
        if (answer.path("message").asText("").startsWith("TWO_FACTOR_REQUIRED")) {
            pending = new Pending(user.strip(), password.clone(), answer.path("accessToken").asText(null));
            if (known == null || pending.stepToken() == null || pending.stepToken().isEmpty()) {
                throw twoFactorNeeded();
            }
            loginWithCode(known);
            return;
        }
        accept(answer, user.strip());
        keep(user.strip(), password);
    }

    /**
     * The credentials of the last login, kept in memory (never written anywhere) for one purpose:
     * proving with a fresh login that a change did not lock the administrator out. Wiped on close.
     */
    private char[] keptPassword;
    private String keptUser;

    private void keep(String user, char[] password) {
        forget();
        keptUser = user;
        keptPassword = password.clone();
    }

    synchronized void forget() {
        if (keptPassword != null) {
            java.util.Arrays.fill(keptPassword, '\0');
        }
        keptPassword = null;
        keptUser = null;
    }

    /**
     * A new login with the same credentials on a fresh connection, its tokens thrown away: empty
     * when the server lets the administrator in (asking for the two-factor code counts: the password
     * and the address were accepted), otherwise why not.
     */
    synchronized java.util.Optional<Msg> freshLogin() {
        if (keptPassword == null) {
            return java.util.Optional.of(Msg.of("login.check-impossible"));
        }
        SecretBody body = credentials(keptUser, keptPassword, null);
        try {
            http.send(Endpoint.AUTHENTICATE_USER, Map.of(), body, null, ApiHttp.Mode.LOGIN);
            return java.util.Optional.empty();
        } catch (ApiException e) {
            return e.serverCode().startsWith("TWO_FACTOR") ? java.util.Optional.empty() : java.util.Optional.of(e.msg());
        } finally {
            body.wipe();
        }
    }

    private static String checkedCode(String code) {
        String c = code.strip().replace(" ", "");
        if (!c.matches("\\d{6,8}")) {
            throw new lockdown.base.InvalidSettingsException("two-factor-code", Msg.of("login.code-format"));
        }
        return c;
    }

    /**
     * Finishes a two-factor login with the current code: through authenticate-two-factor-code with
     * the step token, or, where the server lacks that call, through authenticate-user with the code.
     * A rejected code is not retried.
     */
    synchronized void loginWithCode(String code) {
        String c = checkedCode(code == null ? "" : code);
        if (pending == null) {
            throw new ApiException(ApiException.Kind.SESSION_EXPIRED, Endpoint.AUTHENTICATE_USER, Msg.of("login.needed"));
        }
        Pending p = pending;
        try {
            JsonNode answer = null;
            if (p.stepToken() != null && !p.stepToken().isEmpty()) {
                try {
                    answer = http.send(Endpoint.AUTHENTICATE_TWO_FACTOR, Map.of(), Map.of("twoFactorCode", c), p.stepToken(),
                            ApiHttp.Mode.LOGIN);
                } catch (ApiException e) {
                    if (e.kind() != ApiException.Kind.NOT_FOUND) {
                        throw codeFailure(e);
                    }
                }
            }
            if (answer == null) {
                SecretBody body = credentials(p.user(), p.password(), c);
                try {
                    answer = http.send(Endpoint.AUTHENTICATE_USER, Map.of(), body, null, ApiHttp.Mode.LOGIN);
                } catch (ApiException e) {
                    throw codeFailure(e);
                } finally {
                    body.wipe();
                }
            }
            accept(answer, p.user());
            keep(p.user(), p.password());
        } finally {
            clearPending();
        }
    }

    /** Whether a login is waiting for its two-factor code. */
    synchronized boolean awaitingCode() {
        return pending != null;
    }

    private void clearPending() {
        if (pending != null) {
            pending.clear();
            pending = null;
        }
    }

    /** The login body, with the password as bytes only ({@link SecretBody}). */
    private static SecretBody credentials(String user, char[] password, String code) {
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("username", user.strip());
        if (code != null) {
            plain.put("twoFactorCode", code);
        }
        return SecretBody.of(plain, "password", password);
    }

    private void accept(JsonNode answer, String user) {
        String access = answer.path("accessToken").asText("");
        if (access.isEmpty() || answer.path("message").asText("").startsWith("TWO_FACTOR_REQUIRED")) {
            throw new ApiException(ApiException.Kind.MALFORMED, Endpoint.AUTHENTICATE_USER,
                    Msg.of("api.failed", Endpoint.AUTHENTICATE_USER.action(), Msg.of("api.reason.malformed")));
        }
        if (answer.has("isAdmin") && !answer.path("isAdmin").asBoolean()) {
            throw new ApiException(ApiException.Kind.FORBIDDEN, Endpoint.AUTHENTICATE_USER, Msg.of("login.not-admin", user));
        }
        tokens = tokens(answer);
        username = answer.path("username").asText(user);
    }

    private static ApiException twoFactorNeeded() {
        return new ApiException(ApiException.Kind.TWO_FACTOR_REQUIRED, Endpoint.AUTHENTICATE_USER, Msg.of("login.two-factor-needed"));
    }

    private static ApiException codeFailure(ApiException e) {
        if (e.serverCode().contains("TWO_FACTOR") || e.kind() == ApiException.Kind.UNAUTHORIZED
                || e.kind() == ApiException.Kind.REJECTED) {
            return new ApiException(ApiException.Kind.LOGIN_REJECTED, e.endpoint(), Msg.of("login.failed", Msg.of("login.reason.code")), e);
        }
        return e;
    }

    /** A valid access token, renewed first when it is about to expire. */
    synchronized String token() {
        if (tokens == null) {
            throw new ApiException(ApiException.Kind.SESSION_EXPIRED, Endpoint.REFRESH_TOKEN, Msg.of("login.needed"));
        }
        if (Instant.now(clock).plus(REFRESH_EARLY).isAfter(tokens.expires())) {
            refresh();
        }
        return tokens.access();
    }

    /** Renews the tokens (refresh tokens rotate). A rejection ends the session. */
    synchronized void refresh() {
        if (tokens == null) {
            throw new ApiException(ApiException.Kind.SESSION_EXPIRED, Endpoint.REFRESH_TOKEN, Msg.of("login.needed"));
        }
        JsonNode answer;
        try {
            answer = http.send(Endpoint.REFRESH_TOKEN, Map.of(), Map.of("token", tokens.refresh()), null, ApiHttp.Mode.LOGIN);
        } catch (ApiException e) {
            tokens = null;
            if (e.kind() == ApiException.Kind.TIMEOUT || e.kind() == ApiException.Kind.UNREACHABLE) {
                throw e;
            }
            throw new ApiException(ApiException.Kind.SESSION_EXPIRED, Endpoint.REFRESH_TOKEN, Msg.of("login.session-expired"), e);
        }
        if (answer.path("accessToken").asText("").isEmpty()) {
            tokens = null;
            throw new ApiException(ApiException.Kind.SESSION_EXPIRED, Endpoint.REFRESH_TOKEN, Msg.of("login.session-expired"));
        }
        Tokens renewed = tokens(answer);
        tokens = renewed.refresh().isEmpty() ? new Tokens(renewed.access(), tokens.refresh(), renewed.expires()) : renewed;
    }

    synchronized boolean loggedIn() {
        return tokens != null;
    }

    private Tokens tokens(JsonNode answer) {
        return new Tokens(answer.path("accessToken").asText(), answer.path("refreshToken").asText(""),
                expiry(answer.path("accessTokenExpiration").asText("")));
    }

    private Instant expiry(String text) {
        if (!text.isBlank()) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException ignored) {
                    // fall through to the default lifetime
                }
            }
        }
        return Instant.now(clock).plus(DEFAULT_LIFETIME);
    }

    /** Turns a failed authenticate-user call into the message for people. */
    private static ApiException loginFailure(ApiException e) {
        Msg reason = switch (e.kind()) {
            case UNAUTHORIZED, REJECTED, FORBIDDEN -> reasonFor(e);
            default -> null;
        };
        if (reason == null) {
            return e;
        }
        return new ApiException(ApiException.Kind.LOGIN_REJECTED, Endpoint.AUTHENTICATE_USER,
                Msg.of("login.failed", reason), e);
    }

    private static Msg reasonFor(ApiException e) {
        String text = (e.serverCode() + " " + e.getMessage()).toUpperCase(java.util.Locale.ROOT);
        if (text.contains("IP RESTRICTION")) {
            return Msg.of("login.reason.ip-restricted");
        }
        if (text.contains("TOO MANY")) {
            return Msg.of("login.reason.too-many");
        }
        if (text.contains("DISABLED") || text.contains("LOCKED") || text.contains("SUSPENDED")) {
            return Msg.of("login.reason.disabled");
        }
        return Msg.of("login.reason.credentials");
    }
}
