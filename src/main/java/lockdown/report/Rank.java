package lockdown.report;

import java.util.List;

/** How bad a status is, worst first: what merge sorts by and what diff calls better or worse. */
public final class Rank {

    /** Status codes from worst to best; "applied" and "compliant" are equally good. */
    static final List<String> ORDER = List.of("at-risk", "unknown", "manual", "accepted-risk", "skipped", "not-applicable",
            "compliant", "applied");

    private Rank() {
    }

    /** A status code ("at-risk") in words, as the window shows it; a code this build does not know, as it is. */
    static String label(String status) {
        String key = "status." + status;
        return lockdown.base.Messages.has(key) ? lockdown.base.Msg.of(key).text() : status;
    }

    /** 0 for the worst; an unknown code counts as unknown. */
    static int of(String status) {
        if ("applied".equals(status)) {
            return ORDER.indexOf("compliant");
        }
        int i = ORDER.indexOf(status);
        return i < 0 ? ORDER.indexOf("unknown") : i;
    }
}
