package lockdown;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import lockdown.core.Session;
import lockdown.core.Target;
import lockdown.core.TargetLock;
import lockdown.sim.SimulatedSmarterMail;
import lockdown.sim.SimulatedWindows;
import lockdown.smartermail.ApiException;
import lockdown.smartermail.SmarterMailClient;

/**
 * An open target, as {@link Wiring} opened it: the target, the logged-in client, and for the demo
 * the simulators behind it. Closing it stops the demo's simulator.
 */
public final class Connection implements AutoCloseable {

    private final Wiring wiring;
    private final Target target;
    private final SmarterMailClient client;
    private final SimulatedSmarterMail simulator;
    private final SimulatedWindows windows;
    private TargetLock lock;

    Connection(Wiring wiring, Target target, SmarterMailClient client, SimulatedSmarterMail simulator, SimulatedWindows windows) {
        this.wiring = wiring;
        this.target = target;
        this.client = client;
        this.simulator = simulator;
        this.windows = windows;
    }

    public Target target() {
        return target;
    }

    /** The server's host name, to name it when asking for the password again. */
    public String host() {
        return client.baseUrl().host();
    }

    /** The administrator logged in. */
    public String user() {
        return client.username();
    }

    /**
     * Logs in again with the same user after the server ended the login; the code is sent only if
     * the server asks for one. Clears the password.
     */
    public void relogin(char[] password, String code) {
        try {
            client.login(client.username(), password);
        } catch (ApiException e) {
            if (e.kind() != ApiException.Kind.TWO_FACTOR_REQUIRED || code == null || code.isBlank()) {
                throw e;
            }
            client.loginWithCode(code);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The demo's simulated server, to inspect or to make misbehave. */
    public Optional<SimulatedSmarterMail> simulator() {
        return Optional.ofNullable(simulator);
    }

    public Optional<SimulatedWindows> simulatedWindows() {
        return Optional.ofNullable(windows);
    }

    /** A session on this target, journaling to the wiring's data folder. */
    public Session session(ExecutorService executor) {
        return wiring.session(this, executor);
    }

    /** Holds the target's lock from now until {@link #close} (taken once, however many sessions). */
    synchronized void lock(java.util.function.Supplier<TargetLock> take) {
        if (lock == null) {
            lock = take.get();
        }
    }

    private final java.util.List<Runnable> onClose = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Runs when the connection closes (the demo's journal goes then). */
    void onClose(Runnable r) {
        onClose.add(r);
    }

    @Override
    public void close() {
        onClose.forEach(Runnable::run);
        onClose.clear();
        synchronized (this) {
            if (lock != null) {
                lock.close();
                lock = null;
            }
        }
        if (client != null) {
            client.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }
}
