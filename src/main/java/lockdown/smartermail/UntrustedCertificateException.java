package lockdown.smartermail;

import lockdown.base.Msg;

/**
 * The server's certificate is not vouched for by a trusted authority and is not the one the
 * administrator trusted for this server. Carries the fingerprint to show and, once the
 * administrator has compared it, to trust.
 */
public final class UntrustedCertificateException extends ApiException {

    private final String server;
    private final String fingerprint;

    UntrustedCertificateException(Endpoint endpoint, String server, String fingerprint, String trustedBefore, Throwable cause) {
        super(Kind.TLS, endpoint, trustedBefore == null
                ? Msg.of("api.failed", endpoint.action(), Msg.of("tls.untrusted", server, fingerprint))
                : Msg.of("api.failed", endpoint.action(), Msg.of("tls.changed", server, trustedBefore, fingerprint)), cause, "");
        this.server = server;
        this.fingerprint = fingerprint;
    }

    /** "host:port". */
    public String server() {
        return server;
    }

    public String fingerprint() {
        return fingerprint;
    }
}
