package lockdown.core;

import lockdown.base.Msg;
/** The sections of the lockdown guide, in the guide's order. */
public enum Section {
    SERVER_HEALTH(0),
    CUSTOM_USER(1),
    WEBMAIL_BY_IP(2),
    BINDINGS(3),
    ADMINISTRATORS(4),
    IDS_RULES(5),
    UPLOAD_EXTENSIONS(6),
    SMTP_RELAY(7);

    private final int number;

    Section(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public Msg title() {
        return Msg.of("section." + number + ".title");
    }
}
