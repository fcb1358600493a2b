package lockdown.core;

import lockdown.base.Msg;
import java.util.List;

/**
 * The file extensions the guide blocks everywhere: server-side script and configuration types
 * that IIS would run, and programs and scripts Windows runs when opened. Each has a one-line
 * reason in the bundle ({@code ext.reason.<extension>}).
 */
public final class DangerousExtensions {

    public static final List<String> ALL = List.of(
            "aspx", "ashx", "asmx", "asp", "cshtml", "config", "cer",
            "exe", "dll", "com", "scr", "pif", "bat", "cmd", "ps1", "psm1", "vbs", "vbe", "js", "jse",
            "wsf", "hta", "msi", "jar", "lnk", "reg", "cpl");

    private DangerousExtensions() {
    }

    public static Msg reason(String extension) {
        return Msg.of("ext.reason." + extension);
    }

    public static boolean curated(String extension) {
        return ALL.contains(extension);
    }
}
