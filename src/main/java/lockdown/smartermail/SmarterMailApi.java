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

    /** What the connect-time check found: present or missing; empty for calls it does not check (login). */
    java.util.Optional<Boolean> found(Endpoint endpoint);

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

    boolean adminTwoFactorRequired();

    Call setAdminTwoFactorRequired(boolean required);

    java.util.Map<ExtensionList, List<String>> extensionLists();

    /** Replaces the given lists (the others stay as they are). */
    Call setExtensionLists(java.util.Map<ExtensionList, List<String>> lists);

    /** The address this computer talks to the server from, once a call has been made. */
    java.util.Optional<String> localAddress();
}
