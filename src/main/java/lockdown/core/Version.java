package lockdown.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The wizard's version: the installer's when it runs installed, else the build's. */
public final class Version {

    private Version() {
    }

    public static String current() {
        String installed = System.getProperty("jpackage.app-version");
        if (installed != null && !installed.isBlank()) {
            return installed;
        }
        try (InputStream in = Version.class.getResourceAsStream("/lockdown/version.properties")) {
            if (in == null) {
                return "?";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "?");
            return v.startsWith("${") ? "?" : v;
        } catch (IOException e) {
            return "?";
        }
    }
}
