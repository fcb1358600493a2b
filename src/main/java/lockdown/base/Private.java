package lockdown.base;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Folders and files only the administrator may read: the journal, the logs, the trusted
 * certificates, the exports. On Linux and macOS the folder is 0700 and each file 0600; on Windows
 * the ACL grants Administrators and SYSTEM (and the owner, when that is someone else) full control
 * and nobody else anything.
 */
public final class Private {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private Private() {
    }

    /** Creates the folder (and its parents) when missing, and makes it private. */
    public static Path folder(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir, true);
        return dir;
    }

    /** Creates the file, empty, when missing (its folder too), and makes both private. */
    public static Path file(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            folder(parent);
        }
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        restrict(file, false);
        return file;
    }

    /** Makes an existing file or folder private. */
    public static void restrict(Path p, boolean folder) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(folder ? "rwx------" : "rw-------"));
            return;
        }
        AclFileAttributeView view = Files.getFileAttributeView(p, AclFileAttributeView.class);
        if (view == null) {
            return;
        }
        UserPrincipalLookupService names = p.getFileSystem().getUserPrincipalLookupService();
        List<AclEntry> acl = new ArrayList<>();
        for (String who : List.of("BUILTIN\\Administrators", "NT AUTHORITY\\SYSTEM")) {
            acl.add(full(names.lookupPrincipalByName(who), folder));
        }
        UserPrincipal owner = Files.getOwner(p);
        if (acl.stream().noneMatch(e -> e.principal().equals(owner))) {
            acl.add(full(owner, folder));
        }
        view.setAcl(acl);
    }

    private static AclEntry full(UserPrincipal who, boolean folder) {
        Set<AclEntryFlag> flags = folder ? EnumSet.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT)
                : EnumSet.noneOf(AclEntryFlag.class);
        return AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(who)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class)).setFlags(flags).build();
    }
}
