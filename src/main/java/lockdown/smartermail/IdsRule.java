package lockdown.smartermail;

/**
 * An intrusion detection rule: after {@code threshold} events within {@code timeFrameMinutes},
 * block the source for {@code blockTimeMinutes}. {@code others} is the whole rule as the server
 * returned it but for those three limits; saving sends it back with the new limits.
 */
public record IdsRule(String id, Kind kind, String type, String service, String action, int threshold,
                      int timeFrameMinutes, int blockTimeMinutes, String description, boolean enabled, lockdown.base.Fields others) {

    public IdsRule {
        others = others == null ? lockdown.base.Fields.NONE : others;
    }

    /** The rule types of SmarterMail's IDS Rules page; the wire names come from the catalog. */
    public enum Kind {
        DENIAL_OF_SERVICE,
        HARVESTING,
        BRUTE_FORCE_BY_PROTOCOL,
        BRUTE_FORCE_BY_IP,
        BRUTE_FORCE_BY_EMAIL,
        PASSWORD_RETRIEVAL,
        INTERNAL_SPAMMER,
        BOUNCES,
        OTHER;

        public boolean bruteForce() {
            return this == BRUTE_FORCE_BY_PROTOCOL || this == BRUTE_FORCE_BY_IP || this == BRUTE_FORCE_BY_EMAIL
                    || this == PASSWORD_RETRIEVAL;
        }
    }

    public IdsRule withLimits(int newThreshold, int newTimeFrame, int newBlockTime) {
        return new IdsRule(id, kind, type, service, action, newThreshold, newTimeFrame, newBlockTime, description, enabled, others);
    }
}
