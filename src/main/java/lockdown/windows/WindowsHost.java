package lockdown.windows;

/** The Windows ports of one machine. */
public record WindowsHost(String computerName, LocalAccounts accounts, UserRights rights, FileAcls acls,
                          Services services, Iis iis, Firewall firewall, Elevation elevation, Network network, Disk disk,
                          Scheduler scheduler) {
}
