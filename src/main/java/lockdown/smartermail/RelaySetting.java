package lockdown.smartermail;

import lockdown.base.Fields;

/** SMTP In's "Allow Relay", with the other fields of the settings object as the server returned them. */
public record RelaySetting(RelayMode mode, Fields others) {
}
