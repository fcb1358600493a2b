package lockdown.smartermail;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Certificate checks for one server: the system's trusted authorities first, as always; when they
 * refuse, only the one certificate whose fingerprint the administrator trusted for this server.
 * Remembers the certificate it refused, so the message can show its fingerprint.
 */
final class PinningTrust implements X509TrustManager {

    /** The certificate a connection was refused over, and whether a different one was trusted before. */
    record Refused(String server, String fingerprint, String trustedBefore) {
    }

    private final X509TrustManager system;
    private final String server;
    private final TrustedCertificates trusted;
    private final AtomicReference<Refused> refused = new AtomicReference<>();

    PinningTrust(String server, TrustedCertificates trusted) {
        this.server = server;
        this.trusted = trusted;
        this.system = systemTrust();
    }

    private static X509TrustManager systemTrust() {
        try {
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            f.init((KeyStore) null);
            for (TrustManager tm : f.getTrustManagers()) {
                if (tm instanceof X509TrustManager x) {
                    return x;
                }
            }
            throw new IllegalStateException("no X509TrustManager");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    Refused refused() {
        return refused.get();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            system.checkServerTrusted(chain, authType);
        } catch (CertificateException untrusted) {
            String fp = TrustedCertificates.fingerprint(chain[0]);
            String pinned = trusted.fingerprint(server).orElse(null);
            if (fp.equals(pinned)) {
                return;
            }
            refused.set(new Refused(server, fp, pinned));
            throw untrusted;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        system.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system.getAcceptedIssuers();
    }

    SSLSocketFactory socketFactory() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {this}, null);
            return ctx.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The usual host name check, or the certificate is exactly the one trusted for this server. */
    HostnameVerifier hostnames() {
        HostnameVerifier usual = new okhttp3.OkHttpClient().hostnameVerifier();
        return (host, session) -> usual.verify(host, session) || pinned(session);
    }

    private boolean pinned(SSLSession session) {
        try {
            X509Certificate leaf = (X509Certificate) session.getPeerCertificates()[0];
            return trusted.fingerprint(server).map(TrustedCertificates.fingerprint(leaf)::equals).orElse(false);
        } catch (SSLPeerUnverifiedException e) {
            return false;
        }
    }
}
