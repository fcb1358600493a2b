package lockdown.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import lockdown.base.LockdownException;
import lockdown.base.Msg;
import lockdown.base.Private;

/**
 * One wizard at a time per target: an operating-system lock on a file named after the target's key
 * in the data folder. It is released on {@link #close} and by the operating system when the
 * process ends, however it ends, so a lock left by a crash is never in the way.
 */
public final class TargetLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private TargetLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the target, or says who holds it; nothing is changed either way. */
    public static TargetLock acquire(Path folder, String targetKey) {
        Path file = folder.resolve(name(targetKey));
        FileChannel ch = null;
        try {
            Private.file(file);
            ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                l = null;
            }
            if (l == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                ch.close();
                throw new LockdownException(Msg.of("target.busy", targetKey, holder.isEmpty() ? "?" : holder));
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + " since " + Instant.now())
                    .getBytes(StandardCharsets.UTF_8)));
            ch.force(false);
            return new TargetLock(ch, l);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new LockdownException(Msg.of("target.lock-failed", file, e.getMessage()), e);
        }
    }

    private static String name(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "target-" + HexFormat.of().formatHex(d, 0, 8) + ".lock";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // the lock goes with the channel either way
            }
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                channel.truncate(0);
                lock.release();
            }
        } catch (IOException ignored) {
            // the operating system releases it with the channel
        } finally {
            closeQuietly(channel);
        }
    }
}
