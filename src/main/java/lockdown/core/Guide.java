package lockdown.core;

import lockdown.base.Msg;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The lockdown guide: every step in the guide's order, grouped by section. This is the only place
 * where step ids are written down; the CLI, the journal, the reports and the tests use them.
 */
public enum Guide {
    SERVER_BUILD("server-build", Section.SERVER_HEALTH, Severity.CRITICAL, Backend.SMARTERMAIL_API),
    SERVICE_ACCOUNT("service-account", Section.CUSTOM_USER, Severity.HIGH, Backend.WINDOWS),
    LOGON_AS_SERVICE("logon-as-service", Section.CUSTOM_USER, Severity.HIGH, Backend.WINDOWS),
    FOLDER_PERMISSIONS("folder-permissions", Section.CUSTOM_USER, Severity.HIGH, Backend.WINDOWS),
    SERVICE_IDENTITY("service-identity", Section.CUSTOM_USER, Severity.HIGH, Backend.WINDOWS),
    APP_POOL_IDENTITY("app-pool-identity", Section.CUSTOM_USER, Severity.HIGH, Backend.WINDOWS),
    WEBMAIL_IP_RESTRICTIONS("webmail-ip-restrictions", Section.WEBMAIL_BY_IP, Severity.MEDIUM, Backend.WINDOWS),
    WEBMAIL_BINDINGS("webmail-bindings", Section.BINDINGS, Severity.HIGH, Backend.WINDOWS),
    ADMIN_2FA("admin-2fa", Section.ADMINISTRATORS, Severity.CRITICAL, Backend.SMARTERMAIL_API),
    ADMIN_IP_RESTRICTIONS("admin-ip-restrictions", Section.ADMINISTRATORS, Severity.HIGH, Backend.SMARTERMAIL_API),
    IDS_BRUTE_FORCE("ids-brute-force", Section.IDS_RULES, Severity.HIGH, Backend.SMARTERMAIL_API),
    EXTENSION_BLACKLISTS("extension-blacklists", Section.UPLOAD_EXTENSIONS, Severity.HIGH, Backend.SMARTERMAIL_API),
    SMTP_RELAY("smtp-relay", Section.SMTP_RELAY, Severity.CRITICAL, Backend.SMARTERMAIL_API),
    RELAY_WHITELIST("relay-whitelist", Section.SMTP_RELAY, Severity.HIGH, Backend.SMARTERMAIL_API);

    private final String id;
    private final Section section;
    private final Severity severity;
    private final Backend backend;

    Guide(String id, Section section, Severity severity, Backend backend) {
        this.id = id;
        this.section = section;
        this.severity = severity;
        this.backend = backend;
    }

    public String id() {
        return id;
    }

    public Section section() {
        return section;
    }

    public Severity severity() {
        return severity;
    }

    public Backend backend() {
        return backend;
    }

    /**
     * The steps whose reading a change to this one can alter, to read again after it: the later steps
     * of section 1 (they are about the account the earlier ones create and equip), and the two
     * administrator pages after each other (two-factor and IP restrictions share the login policy).
     */
    public java.util.List<Guide> affects() {
        if (section == Section.CUSTOM_USER) {
            return steps().stream().filter(g -> g.section == Section.CUSTOM_USER && g.ordinal() > ordinal()).toList();
        }
        if (this == ADMIN_2FA) {
            return java.util.List.of(ADMIN_IP_RESTRICTIONS);
        }
        if (this == ADMIN_IP_RESTRICTIONS) {
            return java.util.List.of(ADMIN_2FA);
        }
        return java.util.List.of();
    }

    /** The page title. */
    public Msg title() {
        return Msg.of("step." + id + ".title");
    }

    /** The short label of the sidebar. */
    public Msg label() {
        return Msg.of("step." + id + ".label");
    }

    /** Why the step matters and what it could break, in plain words. */
    public Msg explanation() {
        return Msg.of("step." + id + ".why");
    }

    /** How to do the step by hand in SmarterMail's or Windows' own tools, one line per click. */
    public Msg manualSteps() {
        return Msg.of("step." + id + ".manual");
    }

    /** The manual steps, one line each. */
    /** The steps to do by hand, one per line, without their numbers (each place that shows them numbers them). */
    public List<String> manualLines() {
        return manualSteps().text().lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.replaceFirst("^\\d+\\.\\s*", "")).toList();
    }

    public static List<Guide> steps() {
        return List.of(values());
    }

    public static List<Guide> in(Section section) {
        return Arrays.stream(values()).filter(s -> s.section == section).toList();
    }

    public static Optional<Guide> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** Every id, for messages that list the valid choices. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Guide::id).toList());
    }
}
