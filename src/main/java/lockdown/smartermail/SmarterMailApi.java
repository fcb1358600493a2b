package lockdown.smartermail;

import java.util.List;
import java.util.Optional;
import lockdown.base.Fields;

/**
 * The port the steps use to read and change SmarterMail. Reads return values, each record with the
 * fields the wizard does not edit kept as read; writes return a {@link Call} so the preview can show
 * exactly what will be sent before anything is, and send those kept fields back unchanged.
 * Failures are {@link ApiException}s whose message says which call failed and that nothing changed.
 */
public interface SmarterMailApi {

    /**
     * A new login through the same address, on a fresh connection, with the credentials of this
     * session's login: empty when the server lets the administrator in, otherwise why not.
     */
    java.util.Optional<lockdown.base.Msg> freshLogin();

    /** The administrator the wizard is logged in as. */
    String username();

    /**
     * What the real calls so far showed about an endpoint: present (the server answered it), missing
     * (it answered 404, or 405 to the call's own method), or empty when it has not been called yet.
     * Nothing is probed.
     */
    Optional<Boolean> found(Endpoint endpoint);

    /** Whether a real call of the endpoint showed that this server does not have it. */
    default boolean missing(Endpoint endpoint) {
        return found(endpoint).equals(Optional.of(false));
    }

    /** How sure we are of an endpoint's shape. */
    Evidence evidence(Endpoint endpoint);

    ServerVersion version();

    RelaySetting relay();

    /** Sets Allow Relay; {@code others} are the other fields of the settings object, sent back as read. */
    Call setRelay(RelayMode mode, Fields others);

    List<WhitelistEntry> whitelist();

    /** Adds an entry, or edits the one at {@code oldAddress} when that is not null. */
    Call saveWhitelistEntry(WhitelistEntry entry, String oldAddress);

    Call deleteWhitelistEntry(String address);

    List<IdsRule> idsRules();

    /** Saves a rule: the rule as read ({@link IdsRule#others}) with these limits. */
    Call saveIdsRule(Fields rule, int threshold, int timeFrameMinutes, int blockTimeMinutes);

    /** Addresses the IDS has blocked for now, on every service. */
    List<IdsBlock> idsBlocks();

    /** Lifts every current block on an address. */
    Call unblock(String ip);

    List<AdminAccount> admins();

    /** Turns "Restrict login access by IP" on or off for an administrator, with the allowed addresses. */
    Call saveAdminRestrictions(String user, boolean restricted, List<AdminAccount.AdminIpRule> rules);

    /** Asks the server for a new two-factor secret for an administrator; nothing is enabled yet. */
    TwoFactorSetup startTwoFactorSetup(String user);

    /** Enables two-factor authentication for an administrator with a current code for the set-up secret. */
    Call enableTwoFactor(String user, String code);

    Call disableTwoFactor(String user);

    AdminSecurity adminSecurity();

    /** Saves the login policy, its other fields as given. */
    Call setAdminSecurity(AdminSecurity security);

    ExtensionSettings extensionLists();

    /** Saves all four lists and the other fields of their object, as given. */
    Call setExtensionLists(ExtensionSettings settings);

    /** The address this computer talks to the server from, once a call has been made. */
    Optional<String> localAddress();
}
