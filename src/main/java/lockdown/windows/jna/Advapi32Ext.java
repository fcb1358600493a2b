package lockdown.windows.jna;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Winsvc;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.W32APIOptions;

/** QueryServiceConfig and ChangeServiceConfig, which jna-platform does not map. */
public interface Advapi32Ext extends Advapi32 {

    final class Holder {
        static final Advapi32Ext INSTANCE = Native.load("Advapi32", Advapi32Ext.class, W32APIOptions.DEFAULT_OPTIONS);

        private Holder() {
        }
    }

    int SERVICE_NO_CHANGE = 0xFFFFFFFF;

    boolean QueryServiceConfig(Winsvc.SC_HANDLE service, Pointer config, int bufSize, IntByReference bytesNeeded);

    boolean ChangeServiceConfig(Winsvc.SC_HANDLE service, int serviceType, int startType, int errorControl, String binaryPathName,
                                String loadOrderGroup, IntByReference tagId, Pointer dependencies, String serviceStartName,
                                Pointer password, String displayName);

    /** QUERY_SERVICE_CONFIGW, read from the buffer QueryServiceConfig filled. */
    @Structure.FieldOrder({"dwServiceType", "dwStartType", "dwErrorControl", "lpBinaryPathName", "lpLoadOrderGroup", "dwTagId",
            "lpDependencies", "lpServiceStartName", "lpDisplayName"})
    class QueryServiceConfig extends Layout {
        public int dwServiceType;
        public int dwStartType;
        public int dwErrorControl;
        public String lpBinaryPathName;
        public String lpLoadOrderGroup;
        public int dwTagId;
        public Pointer lpDependencies;
        public String lpServiceStartName;
        public String lpDisplayName;

        public QueryServiceConfig(Pointer p) {
            super(p);
            read();
        }

        /** For the layout tests only. */
        public QueryServiceConfig() {
        }
    }
}
