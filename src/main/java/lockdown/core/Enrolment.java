package lockdown.core;

/**
 * An administrator's two-factor enrolment in progress: the secret the server handed out (with its
 * otpauth:// URI and, when the server draws one, a QR image) and the code the administrator typed.
 * Never logged or journaled: {@link #toString()} hides the secret and the code.
 */
public record Enrolment(String account, String secret, String uri, byte[] image, String code) {

    public Enrolment withCode(String newCode) {
        return new Enrolment(account, secret, uri, image, newCode);
    }

    @Override
    public String toString() {
        return "Enrolment[" + account + ", secret and code hidden]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Enrolment e && e.account.equals(account) && e.secret.equals(secret)
                && java.util.Objects.equals(e.code, code);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(account, secret, code);
    }
}
