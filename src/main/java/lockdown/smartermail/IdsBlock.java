package lockdown.smartermail;

/** An address the intrusion detection has blocked for a while. */
public record IdsBlock(String ip, String service, String blockType, String rule, int secondsLeft) {
}
