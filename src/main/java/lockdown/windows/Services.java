package lockdown.windows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Windows services (QueryServiceConfig / ChangeServiceConfig / start and stop). */
public interface Services {

    List<ServiceInfo> list();

    Optional<ServiceInfo> lookup(String name);

    /** Changes the logon account; takes effect at the next start. */
    void changeLogon(String service, String account, char[] password);

    void stop(String service, Duration timeout);

    /** Starts the service; a logon failure is an error carrying Windows' code (1069). */
    void start(String service, Duration timeout);
}
