package lockdown.windows.jna;

import com.sun.jna.Memory;
import com.sun.jna.Native;
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
import lockdown.core.Msg;
import lockdown.windows.ServiceInfo;
import lockdown.windows.Services;
import lockdown.windows.WindowsException;

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

    @Override
    public void changeLogon(String service, String account, char[] password) {
        try (W32ServiceManager m = new W32ServiceManager(Winsvc.SC_MANAGER_CONNECT)) {
            m.open(Winsvc.SC_MANAGER_CONNECT);
            try (W32Service s = m.openService(service, Winsvc.SERVICE_CHANGE_CONFIG)) {
                Memory secret = password == null ? null : Win.wide(password);
                try {
                    int same = Advapi32Ext.SERVICE_NO_CHANGE;
                    if (!Advapi32Ext.Holder.INSTANCE.ChangeServiceConfig(s.getHandle(), same, same, same, null, null, null, null,
                            account, secret, null)) {
                        throw Win.fail(Native.getLastError(), "ChangeServiceConfig");
                    }
                } finally {
                    if (secret != null) {
                        secret.clear();
                    }
                }
            }
        } catch (Win32Exception e) {
            throw Win.fail(e.getErrorCode(), "OpenService");
        }
    }

    @Override
    public void stop(String service, Duration timeout) {
        try (W32ServiceManager m = new W32ServiceManager(Winsvc.SC_MANAGER_CONNECT)) {
            m.open(Winsvc.SC_MANAGER_CONNECT);
            try (W32Service s = m.openService(service, Winsvc.SERVICE_STOP | Winsvc.SERVICE_QUERY_STATUS)) {
                s.stopService(timeout.toMillis());
            }
        } catch (Win32Exception e) {
            throw Win.fail(e.getErrorCode(), "ControlService(stop)");
        } catch (RuntimeException tooSlow) {
            throw new WindowsException(WinError.ERROR_SERVICE_REQUEST_TIMEOUT, Msg.of("windows.stop-timeout", service));
        }
    }

    @Override
    public void start(String service, Duration timeout) {
        try (W32ServiceManager m = new W32ServiceManager(Winsvc.SC_MANAGER_CONNECT)) {
            m.open(Winsvc.SC_MANAGER_CONNECT);
            try (W32Service s = m.openService(service, Winsvc.SERVICE_START | Winsvc.SERVICE_QUERY_STATUS)) {
                s.startService();
                if (s.queryStatus().dwCurrentState != Winsvc.SERVICE_RUNNING) {
                    int exit = s.queryStatus().dwWin32ExitCode;
                    throw exit == WinError.ERROR_SERVICE_LOGON_FAILED
                            ? new WindowsException(exit, Msg.of("windows.logon-failed", service, "?"))
                            : new WindowsException(exit, Msg.of("windows.start-failed", service, exit));
                }
            }
        } catch (Win32Exception e) {
            if (e.getErrorCode() == WinError.ERROR_SERVICE_LOGON_FAILED) {
                throw new WindowsException(e.getErrorCode(), Msg.of("windows.logon-failed", service, lookup(service)
                        .map(ServiceInfo::account).orElse("?")));
            }
            throw Win.fail(e.getErrorCode(), "StartService");
        }
    }
}
