package lockdown.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The requests the simulator answered, with when each started and ended: what the benchmarks and
 * the tests count (requests, and serial waves: how many round trips a client waited one after the
 * other).
 */
public final class RequestLog {

    /** One request: method, path, and its start and end in nanoseconds of {@link System#nanoTime()}. */
    public record Request(String method, String path, long start, long end) {
    }

    private static final int KEEP = 10_000;
    private final List<Request> requests = new ArrayList<>();

    synchronized void add(Request r) {
        if (requests.size() < KEEP) {
            requests.add(r);
        }
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public synchronized void clear() {
        requests.clear();
    }

    /**
     * Serial waves: requests taken in the order they started; a request that starts only after
     * some request of the current wave has ended begins a new wave (its client waited for an
     * answer first). One login followed by one concurrent burst is two waves.
     */
    public static int waves(List<Request> all) {
        List<Request> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingLong(Request::start));
        int waves = 0;
        long firstEnd = Long.MIN_VALUE;
        for (Request r : sorted) {
            if (waves == 0 || r.start() >= firstEnd) {
                waves++;
                firstEnd = r.end();
            } else {
                firstEnd = Math.min(firstEnd, r.end());
            }
        }
        return waves;
    }
}
