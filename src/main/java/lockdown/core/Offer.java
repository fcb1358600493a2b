package lockdown.core;

import lockdown.base.Msg;
/**
 * Something a page shows beside a step's values, with a one-off action offered next to it: for
 * example an address the IDS has blocked, with "Unblock". Running it is journaled; it cannot be
 * undone by the wizard.
 */
public record Offer(String id, Msg text, Msg actionLabel, Action action) {
}
