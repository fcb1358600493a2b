package lockdown.smartermail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import lockdown.base.LockdownException;
import lockdown.base.Msg;

/**
 * Certificates the administrator chose to trust although no authority vouches for them (a
 * self-signed certificate on the mail server), one SHA-256 fingerprint per server ("host:port"),
 * kept in {@code trusted-certificates.json} in the data folder. Only that exact certificate is
 * accepted; there is no "trust all".
 */
public final class TrustedCertificates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final String pendingServer;
    private final String pendingFingerprint;

    public TrustedCertificates(Path file) {
        this(file, null, null);
    }

    private TrustedCertificates(Path file, String pendingServer, String pendingFingerprint) {
        this.file = file;
        this.pendingServer = pendingServer;
        this.pendingFingerprint = pendingFingerprint;
    }

    /** A store that trusts nothing beyond the authorities and keeps nothing (for clients outside the wizard's data folder). */
    public static TrustedCertificates none() {
        return new TrustedCertificates(null);
    }

    /**
     * This store, and also this fingerprint for this server, but only for the connections made with
     * the copy: nothing is saved until {@link #trust} after the login succeeded. Rejects a
     * fingerprint that is not 32 hexadecimal bytes, naming the field.
     */
    public TrustedCertificates pending(String server, String fingerprint) {
        return new TrustedCertificates(file, server, check(fingerprint));
    }

    public synchronized Optional<String> fingerprint(String server) {
        if (server.equals(pendingServer)) {
            return Optional.of(pendingFingerprint);
        }
        return Optional.ofNullable(read().path(server).asText(null));
    }

    /** Trusts this fingerprint for this server from now on (replacing any earlier one). */
    public synchronized void trust(String server, String fingerprint) {
        if (file == null) {
            throw new IllegalStateException("this certificate store keeps nothing");
        }
        String fp = check(fingerprint);
        ObjectNode all = read();
        all.put(server, fp);
        try {
            lockdown.base.Private.file(file);
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all));
        } catch (IOException e) {
            throw new LockdownException(Msg.of("tls.unwritable", file, e.getMessage()), e);
        }
    }

    private ObjectNode read() {
        if (file == null || !Files.exists(file)) {
            return JSON.createObjectNode();
        }
        try {
            return (ObjectNode) JSON.readTree(file.toFile());
        } catch (IOException | ClassCastException e) {
            throw new LockdownException(Msg.of("tls.unreadable", file), e);
        }
    }

    /** The fingerprint in the one spelling kept; rejects one that is not 32 hexadecimal bytes, naming the field. */
    public static String check(String fingerprint) {
        String t = fingerprint == null ? "" : fingerprint.strip();
        // openssl x509 -fingerprint -sha256 prints "sha256 Fingerprint=AB:CD:…" (or "SHA256 Fingerprint=").
        t = t.replaceFirst("(?i)^(sha-?256\\s*)?fingerprint\\s*[=:]\\s*", "");
        if (!t.matches("[0-9A-Fa-f]{2}([: ]?[0-9A-Fa-f]{2}){31}")) {
            String shown = fingerprint == null ? "" : fingerprint.length() > 120 ? fingerprint.substring(0, 120) + "…" : fingerprint;
            throw new lockdown.base.InvalidSettingsException("trust-certificate",
                    Msg.of("tls.bad-fingerprint", lockdown.base.Texts.visible(shown)));
        }
        return normalise(t);
    }

    /** "AB:CD:…" from any spelling (lower case, without colons, with spaces). */
    public static String normalise(String fingerprint) {
        String hex = fingerprint.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT);
        return hex.replaceAll("(..)(?!$)", "$1:");
    }

    public static String fingerprint(X509Certificate cert) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return normalise(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
