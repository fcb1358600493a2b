package lockdown.core;

import java.util.List;
import java.util.Optional;

/**
 * What a target can be reached through (the SmarterMail web API, this Windows host...), found by
 * the interface a step needs. Core holds them without knowing their types, so it depends on none
 * of the adapters; the steps ask for the port they use.
 */
public final class Ports {

    public static final Ports NONE = new Ports(List.of());

    private final List<Object> ports;

    private Ports(List<Object> ports) {
        this.ports = List.copyOf(ports);
    }

    /** The given ports; empty ones (an {@link Optional} that is empty, or null) are left out. */
    public static Ports of(Object... ports) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (Object p : ports) {
            Object port = p instanceof Optional<?> o ? o.orElse(null) : p;
            if (port != null) {
                out.add(port);
            }
        }
        return new Ports(out);
    }

    /** The port of this type, if the target has one. */
    public <T> Optional<T> get(Class<T> type) {
        return ports.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
