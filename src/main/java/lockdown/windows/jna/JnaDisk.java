package lockdown.windows.jna;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lockdown.windows.Disk;

/** Folders and small files on this machine's disks. */
final class JnaDisk implements Disk {

    private static final int MAX = 4 * 1024 * 1024;

    @Override
    public boolean isFolder(String path) {
        return Files.isDirectory(Path.of(path));
    }

    /** UTF-8 (with or without the byte order mark Windows tools write); empty when missing, unreadable or too large. */
    @Override
    public Optional<String> readText(String file) {
        Path p = Path.of(file);
        try (InputStream in = Files.newInputStream(p)) {
            byte[] bytes = in.readNBytes(MAX + 1);
            if (bytes.length > MAX) {
                return Optional.empty();
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<String> drives() {
        List<String> out = new ArrayList<>();
        for (Path root : java.nio.file.FileSystems.getDefault().getRootDirectories()) {
            out.add(root.toString());
        }
        return out;
    }
}
