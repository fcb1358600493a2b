package lockdown.smartermail;

import java.util.List;

/**
 * The port the steps use to read and change SmarterMail. Reads return values; writes return a
 * {@link Call} so the preview can show exactly what will be sent before anything is.
 * Failures are {@link ApiException}s whose message says which call failed and that nothing changed.
 */
public interface SmarterMailApi {

    /** The administrator the wizard is logged in as. */
    String username();

    /** Whether the connect-time check found every one of these endpoints on the server. */
    boolean available(Endpoint... endpoints);

    /** How sure we are of an endpoint's shape. */
    Evidence evidence(Endpoint endpoint);

    ServerVersion version();

    RelayMode relayMode();

    Call setRelayMode(RelayMode mode);

    List<WhitelistEntry> whitelist();

    /** Adds an entry, or edits the one at {@code oldAddress} when that is not null. */
    Call saveWhitelistEntry(WhitelistEntry entry, String oldAddress);

    Call deleteWhitelistEntry(String address);

    List<IdsRule> idsRules();

    Call saveIdsRule(IdsRule rule);
}
