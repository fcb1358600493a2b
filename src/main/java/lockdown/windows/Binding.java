package lockdown.windows;

import java.util.Locale;

/**
 * An IIS site binding: its protocol and its binding information as appcmd writes it. For http and
 * https that is "address:port:host" ("*:9998:", "[::1]:443:mail.example.com"); other protocols
 * (net.tcp "808:*", net.pipe "*", net.msmq "localhost", msmq.formatname "localhost") are kept as
 * they are, opaque: the wizard never changes them and only reads the web ones.
 */
public record Binding(String protocol, String information) {

    public Binding(String protocol, String address, int port, String host) {
        this(protocol, address + ":" + port + ":" + host);
    }

    /** Whether this is an http or https binding, whose information is address:port:host. */
    public boolean web() {
        String p = protocol.toLowerCase(Locale.ROOT);
        return (p.equals("http") || p.equals("https")) && parts() != null;
    }

    /** The address ("*", "127.0.0.1", "[::1]"), or empty for a binding that is not a web one. */
    public String address() {
        String[] p = parts();
        return p == null ? "" : p[0];
    }

    /** The port, or -1 for a binding that is not a web one. */
    public int port() {
        String[] p = parts();
        return p == null ? -1 : Integer.parseInt(p[1]);
    }

    /** The host name, or empty. */
    public String host() {
        String[] p = parts();
        return p == null ? "" : p[2];
    }

    /** The catch-all form "*:9998:". */
    public boolean catchAll() {
        return web() && "*".equals(address()) && host().isEmpty();
    }

    public String bindingInformation() {
        return information;
    }

    /** address, port, host from "address:port:host", parsed from the right (IPv6 addresses hold colons); null when it is not that form. */
    private String[] parts() {
        int last = information.lastIndexOf(':');
        if (last < 0) {
            return null;
        }
        int mid = information.lastIndexOf(':', last - 1);
        if (mid < 0) {
            return null;
        }
        String port = information.substring(mid + 1, last);
        if (!port.matches("\\d{1,5}")) {
            return null;
        }
        return new String[] {information.substring(0, mid), port, information.substring(last + 1)};
    }
}
