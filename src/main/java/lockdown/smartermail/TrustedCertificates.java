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
import lockdown.core.LockdownException;
import lockdown.core.Msg;

/**
 * Certificates the administrator chose to trust although no authority vouches for them (a
 * self-signed certificate on the mail server), one SHA-256 fingerprint per server ("host:port"),
 * kept in {@code trusted-certificates.json} in the data folder. Only that exact certificate is
 * accepted; there is no "trust all".
 */
public final class TrustedCertificates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public TrustedCertificates(Path file) {
        this.file = file;
    }

    public synchronized Optional<String> fingerprint(String server) {
        return Optional.ofNullable(read().path(server).asText(null));
    }

    /** Trusts this fingerprint for this server from now on (replacing any earlier one). */
    public synchronized void trust(String server, String fingerprint) {
        String fp = normalise(fingerprint);
        if (!fp.matches("([0-9A-F]{2}:){31}[0-9A-F]{2}")) {
            throw new lockdown.core.InvalidSettingsException("fingerprint", Msg.of("tls.bad-fingerprint", fingerprint));
        }
        ObjectNode all = read();
        all.put(server, fp);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all));
        } catch (IOException e) {
            throw new LockdownException(Msg.of("tls.unwritable", file, e.getMessage()), e);
        }
    }

    private ObjectNode read() {
        if (!Files.exists(file)) {
            return JSON.createObjectNode();
        }
        try {
            return (ObjectNode) JSON.readTree(file.toFile());
        } catch (IOException | ClassCastException e) {
            throw new LockdownException(Msg.of("tls.unreadable", file), e);
        }
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
