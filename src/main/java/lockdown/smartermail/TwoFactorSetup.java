package lockdown.smartermail;

/**
 * What the server hands out to enrol an administrator in two-factor authentication: the Base32
 * secret, the otpauth:// URI, and a QR code image when the server draws one. Never logged.
 */
public record TwoFactorSetup(String user, String secret, String uri, byte[] qrImage) {

    @Override
    public String toString() {
        return "TwoFactorSetup[" + user + ", secret hidden]";
    }
}
