package lockdown.windows;

/** An IIS site binding: protocol and "address:port:host" as appcmd writes it. */
public record Binding(String protocol, String address, int port, String host) {

    /** The catch-all form "*:9998:". */
    public boolean catchAll() {
        return "*".equals(address) && host.isEmpty();
    }

    public String bindingInformation() {
        return address + ":" + port + ":" + host;
    }
}
