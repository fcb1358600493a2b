package lockdown.sim;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import lockdown.smartermail.Endpoint;

/** Faults and delays the simulator can be told to produce, for tests and demos. Thread-safe. */
public final class Knobs {

    private final Map<Endpoint, Integer> failWith = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, Duration> latency = new EnumMap<>(Endpoint.class);
    private final Set<Endpoint> missing = EnumSet.noneOf(Endpoint.class);
    private final Set<Endpoint> malformed = EnumSet.noneOf(Endpoint.class);
    private Duration tokenLifetime = Duration.ofMinutes(20);
    private Duration allLatency = Duration.ZERO;

    /** Answer this HTTP status (e.g. 500) to every call of the endpoint. */
    public synchronized Knobs fail(Endpoint e, int status) {
        failWith.put(e, status);
        return this;
    }

    /** Answer 404 as if this build did not have the endpoint. */
    public synchronized Knobs missing(Endpoint e) {
        missing.add(e);
        return this;
    }

    /** Answer 200 with a body that is not JSON. */
    public synchronized Knobs malformed(Endpoint e) {
        malformed.add(e);
        return this;
    }

    public synchronized Knobs latency(Endpoint e, Duration d) {
        latency.put(e, d);
        return this;
    }

    /** A delay before every answer. */
    public synchronized Knobs latency(Duration d) {
        allLatency = d;
        return this;
    }

    private String seenFrom;

    /**
     * Logins seem to come from this address, whatever the connection's own (a NAT or a reverse proxy
     * in between): the wizard's idea of its address is then not what the server checks.
     */
    public synchronized Knobs seenFrom(String address) {
        seenFrom = address;
        return this;
    }

    synchronized java.util.Optional<String> seenFrom() {
        return java.util.Optional.ofNullable(seenFrom);
    }

    /** How long new access tokens live. */
    public synchronized Knobs tokenLifetime(Duration d) {
        tokenLifetime = d;
        return this;
    }

    /** Back to a well-behaved server. */
    public synchronized void reset() {
        failWith.clear();
        latency.clear();
        missing.clear();
        malformed.clear();
        allLatency = Duration.ZERO;
        seenFrom = null;
        tokenLifetime = Duration.ofMinutes(20);
    }

    synchronized Integer failure(Endpoint e) {
        return failWith.get(e);
    }

    synchronized boolean isMissing(Endpoint e) {
        return missing.contains(e);
    }

    synchronized boolean isMalformed(Endpoint e) {
        return malformed.contains(e);
    }

    synchronized Duration delay(Endpoint e) {
        return latency.getOrDefault(e, allLatency);
    }

    synchronized Duration tokenLifetime() {
        return tokenLifetime;
    }
}
