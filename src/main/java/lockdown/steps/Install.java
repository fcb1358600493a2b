package lockdown.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lockdown.base.Msg;
import lockdown.windows.ServiceInfo;
import lockdown.windows.Site;
import lockdown.windows.WindowsHost;

/**
 * Where SmarterMail is on this machine, found rather than assumed: the Windows service (by name or
 * display name), the install folder (from the service's program path), the data folder (from the
 * domain paths SmarterMail records in Service\Settings\domains.json, else a SmarterMail\Domains folder
 * on a fixed drive), the IIS site that fronts it (a binding on port 9998, or a physical path under
 * the install folder) and its application pool. {@code notes} say what was not found and what the
 * administrator can type.
 */
record Install(Optional<ServiceInfo> service, String installFolder, String dataFolder, Optional<Site> site, List<Msg> notes) {

    static final String DEFAULT_INSTALL = "C:\\Program Files (x86)\\SmarterTools\\SmarterMail";
    static final String DEFAULT_DATA = "C:\\SmarterMail";
    static final int WEB_PORT = 9998;
    static final String SERVICE = "SmarterMail";

    static Install discover(WindowsHost w) {
        List<Msg> notes = new ArrayList<>();
        // By its usual name first: listing every service means opening each one, which is slow.
        Optional<ServiceInfo> service = w.services().lookup(SERVICE).or(() -> w.services().list().stream()
                .filter(s -> s.name().equalsIgnoreCase(SERVICE) || s.displayName().toLowerCase(Locale.ROOT).contains("smartermail"))
                .findFirst());
        if (service.isEmpty()) {
            notes.add(Msg.of("install.no-service"));
        }
        String install = service.flatMap(s -> installFolder(s.imagePath())).orElse(DEFAULT_INSTALL);
        if (service.isPresent() && installFolder(service.get().imagePath()).isEmpty()) {
            notes.add(Msg.of("install.folder-default", install));
        }
        Optional<String> found = dataFolder(w, install);
        String data = found.orElse(DEFAULT_DATA);
        if (found.isEmpty()) {
            notes.add(Msg.of("install.data-not-found", data));
        }
        Optional<Site> site = Optional.empty();
        if (w.iis().installed()) {
            site = w.iis().sites().stream().filter(s -> s.bindings().stream().anyMatch(b -> b.port() == WEB_PORT)).findFirst()
                    .or(() -> w.iis().sites().stream().filter(s -> s.physicalPath() != null
                            && s.physicalPath().toLowerCase(Locale.ROOT).startsWith(install.toLowerCase(Locale.ROOT))).findFirst());
            if (site.isEmpty()) {
                notes.add(Msg.of("install.no-site", WEB_PORT));
            }
        } else {
            notes.add(Msg.of("install.no-iis"));
        }
        return new Install(service, install, data, site, notes);
    }

    /**
     * The data folder: where the domain folders SmarterMail records in domains.json live (the part
     * before "\Domains\"), else the one SmarterMail\Domains folder on a fixed drive; empty when
     * neither is there (or several are), and the administrator types it.
     */
    static Optional<String> dataFolder(WindowsHost w, String install) {
        Optional<String> recorded = w.disk().readText(install + "\\Service\\Settings\\domains.json").flatMap(Install::fromDomains)
                .filter(w.disk()::isFolder);
        if (recorded.isPresent()) {
            return recorded;
        }
        List<String> onDrives = w.disk().drives().stream().map(d -> (d.endsWith("\\") ? d : d + "\\") + "SmarterMail")
                .filter(f -> w.disk().isFolder(f + "\\Domains")).toList();
        return onDrives.size() == 1 ? Optional.of(onDrives.getFirst()) : Optional.empty();
    }

    /** The folder before "\Domains\" in the paths a domains.json holds, when they all agree on one. */
    static Optional<String> fromDomains(String json) {
        java.util.Set<String> roots = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        try {
            collect(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json), roots);
        } catch (java.io.IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        return roots.size() == 1 ? Optional.of(roots.iterator().next()) : Optional.empty();
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode n, java.util.Set<String> roots) {
        if (n.isTextual()) {
            String t = n.asText();
            int at = t.toLowerCase(Locale.ROOT).indexOf("\\domains\\");
            if (at > 2 && t.matches("(?i)^[a-z]:\\\\.*")) {
                roots.add(t.substring(0, at));
            }
        }
        n.forEach(child -> collect(child, roots));
    }

    /** The account the service logs on as, when it is neither built in nor a local account of this computer. */
    Optional<String> otherAccount(String computerName) {
        return service.map(ServiceInfo::account).filter(a -> Accounts.other(a, computerName));
    }

    /**
     * The install folder from a service's program path: {@code "C:\...\SmarterMail\Service\MailService.exe" -args}
     * gives {@code C:\...\SmarterMail}.
     */
    static Optional<String> installFolder(String imagePath) {
        if (imagePath == null || imagePath.isBlank()) {
            return Optional.empty();
        }
        String p = imagePath.strip();
        if (p.startsWith("\"")) {
            int end = p.indexOf('"', 1);
            p = end > 0 ? p.substring(1, end) : p.substring(1);
        } else {
            int exe = p.toLowerCase(Locale.ROOT).indexOf(".exe");
            p = exe > 0 ? p.substring(0, exe + 4) : p;
        }
        int slash = p.lastIndexOf('\\');
        if (slash <= 0) {
            return Optional.empty();
        }
        String folder = p.substring(0, slash);
        if (folder.toLowerCase(Locale.ROOT).endsWith("\\service")) {
            folder = folder.substring(0, folder.length() - "\\service".length());
        }
        return Optional.of(folder);
    }
}
