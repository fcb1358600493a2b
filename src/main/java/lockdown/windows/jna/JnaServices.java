package lockdown.windows.jna;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.W32Service;
import com.sun.jna.platform.win32.W32ServiceManager;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.Winsvc;
import com.sun.jna.ptr.IntByReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lockdown.windows.ServiceInfo;
import lockdown.windows.Services;

/** Windows services: read the logon account, change it (ChangeServiceConfig), stop and start. */
final class JnaServices implements Services {

    @Override
    public List<ServiceInfo> list() {
        List<ServiceInfo> out = new ArrayList<>();
        try (W32ServiceManager m = new W32ServiceManager(Winsvc.SC_MANAGER_CONNECT | Winsvc.SC_MANAGER_ENUMERATE_SERVICE)) {
            m.open(Winsvc.SC_MANAGER_CONNECT | Winsvc.SC_MANAGER_ENUMERATE_SERVICE);
            for (Winsvc.ENUM_SERVICE_STATUS_PROCESS s : m.enumServicesStatusExProcess(WinNT.SERVICE_WIN32,
                    Winsvc.SERVICE_STATE_ALL, null)) {
                try {
                    lookup(s.lpServiceName).ifPresent(out::add);
                } catch (RuntimeException unreadable) {
                    // a service whose configuration this account may not read: not SmarterMail's concern
                }
            }
        }
        return out;
    }

    @Override
    public Optional<ServiceInfo> lookup(String name) {
        try (W32ServiceManager m = new W32ServiceManager(Winsvc.SC_MANAGER_CONNECT)) {
            m.open(Winsvc.SC_MANAGER_CONNECT);
            W32Service s;
            try {
                s = m.openService(name, Winsvc.SERVICE_QUERY_CONFIG | Winsvc.SERVICE_QUERY_STATUS);
            } catch (Win32Exception e) {
                if (e.getErrorCode() == WinError.ERROR_SERVICE_DOES_NOT_EXIST) {
                    return Optional.empty();
                }
                throw Win.fail(e.getErrorCode(), "OpenService");
            }
            try (s) {
                Advapi32Ext.QueryServiceConfig c = config(s);
                int state = s.queryStatus().dwCurrentState;
                ServiceInfo.State st = state == Winsvc.SERVICE_RUNNING ? ServiceInfo.State.RUNNING
                        : state == Winsvc.SERVICE_STOPPED ? ServiceInfo.State.STOPPED : ServiceInfo.State.PENDING;
                return Optional.of(new ServiceInfo(name, c.lpDisplayName, c.lpServiceStartName, st, c.lpBinaryPathName));
            }
        }
    }

    /** QueryServiceConfig twice: once for the size, once for the data. */
    private static Advapi32Ext.QueryServiceConfig config(W32Service s) {
        IntByReference needed = new IntByReference();
        Advapi32Ext.Holder.INSTANCE.QueryServiceConfig(s.getHandle(), null, 0, needed);
        int err = Native.getLastError();
        if (err != WinError.ERROR_INSUFFICIENT_BUFFER) {
            throw Win.fail(err, "QueryServiceConfig");
        }
        Memory buf = new Memory(needed.getValue());
        if (!Advapi32Ext.Holder.INSTANCE.QueryServiceConfig(s.getHandle(), buf, needed.getValue(), needed)) {
            throw Win.fail(Native.getLastError(), "QueryServiceConfig");
        }
        return new Advapi32Ext.QueryServiceConfig(buf);
    }

    /**
     * Changes the logon account. The password is always passed: empty for the built-in accounts
     * (LocalSystem, LocalService, NetworkService), as ChangeServiceConfig wants; a NULL would leave the
     * previous account's password stored.
     */
    @Override
    public void changeLogon(String service, String account, char[] password) {
        try (W32ServiceManager m = new W32ServiceManager(Winsvc.SC_MANAGER_CONNECT)) {
            m.open(Winsvc.SC_MANAGER_CONNECT);
            try (W32Service s = m.openService(service, Winsvc.SERVICE_CHANGE_CONFIG)) {
                Memory secret = Win.wide(password == null ? new char[0] : password);
                try {
                    int same = Advapi32Ext.SERVICE_NO_CHANGE;
                    if (!Advapi32Ext.Holder.INSTANCE.ChangeServiceConfig(s.getHandle(), same, same, same, null, null, null, null,
                            account, secret, null)) {
                        throw Win.fail(Native.getLastError(), "ChangeServiceConfig");
                    }
                } finally {
                    secret.clear();
                }
            }
        } catch (Win32Exception e) {
            throw Win.fail(e.getErrorCode(), "OpenService");
        }
    }

    /** Sends the stop control and waits, up to {@code timeout}, until the service has stopped. */
    @Override
    public void stop(String service, Duration timeout) {
        try (W32ServiceManager m = new W32ServiceManager(Winsvc.SC_MANAGER_CONNECT)) {
            m.open(Winsvc.SC_MANAGER_CONNECT);
            try (W32Service s = m.openService(service, Winsvc.SERVICE_STOP | Winsvc.SERVICE_QUERY_STATUS)) {
                if (s.queryStatus().dwCurrentState != Winsvc.SERVICE_STOPPED) {
                    Winsvc.SERVICE_STATUS status = new Winsvc.SERVICE_STATUS();
                    if (!Advapi32.INSTANCE.ControlService(s.getHandle(), Winsvc.SERVICE_CONTROL_STOP, status)) {
                        int err = Native.getLastError();
                        if (err != WinError.ERROR_SERVICE_NOT_ACTIVE) {
                            throw Win.fail(err, "ControlService(stop)");
                        }
                    }
                }
                ServiceWait.until(service, timeout, () -> s.queryStatus(), Winsvc.SERVICE_STOPPED, "windows.stop-timeout");
            }
        } catch (Win32Exception e) {
            throw Win.fail(e.getErrorCode(), "OpenService");
        }
    }

    /**
     * Starts the service and waits, up to {@code timeout}, until it runs (a mail server can stay in
     * START_PENDING longer than its wait hint). When it stops instead, its exit code says why (1069:
     * the account could not log on); when it is still starting at the deadline, that is error 1053.
     */
    @Override
    public void start(String service, Duration timeout) {
        try (W32ServiceManager m = new W32ServiceManager(Winsvc.SC_MANAGER_CONNECT)) {
            m.open(Winsvc.SC_MANAGER_CONNECT);
            try (W32Service s = m.openService(service, Winsvc.SERVICE_START | Winsvc.SERVICE_QUERY_STATUS)) {
                if (!Advapi32.INSTANCE.StartService(s.getHandle(), 0, null)) {
                    int err = Native.getLastError();
                    if (err != WinError.ERROR_SERVICE_ALREADY_RUNNING) {
                        throw ServiceWait.failure(service, err, 0, lookup(service).map(ServiceInfo::account).orElse("?"));
                    }
                }
                ServiceWait.until(service, timeout, () -> s.queryStatus(), Winsvc.SERVICE_RUNNING, "windows.start-timeout");
            }
        } catch (Win32Exception e) {
            throw Win.fail(e.getErrorCode(), "OpenService");
        }
    }
}
