import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Gives the app image an ahead-of-time cache (JDK 25, JEP 483/514): classes loaded and linked by a
 * training run of the image's own self-test (a demo audit and its summaries), so the command line and
 * the window start from the cache instead of reading and verifying every class. The image's runtime
 * has no {@code bin/java} (jlink --strip-native-commands), so training and creation run through the
 * image's launcher with JAVA_TOOL_OPTIONS, in two steps. Then every launcher's .cfg gets
 * {@code -XX:AOTCache=$APPDIR/lockdown.aot}, and a last run proves the cache is used.
 *
 * <p>Usage: {@code java src/build/AotCache.java LAUNCHER IMAGE-ROOT WORK-FOLDER}
 */
public final class AotCache {

    static final String CACHE = "lockdown.aot";

    /** The lines each launcher's .cfg gets. */
    static final List<String> OPTIONS = List.of("java-options=-XX:AOTCache=$APPDIR/" + CACHE, "java-options=-Xlog:aot=off,cds=off");

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args[0]).toAbsolutePath();
        Path image = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(work);
        List<Path> configs;
        try (Stream<Path> files = Files.walk(image)) {
            // the launchers' .cfg files, not the runtime's jvm.cfg
            configs = files.filter(f -> f.getFileName().toString().endsWith(".cfg") && isLauncherConfig(f)).toList();
        }
        if (configs.isEmpty()) {
            throw new IllegalStateException("no launcher .cfg in " + image);
        }
        // Trained without a cache of an earlier run: the JVM refuses to record with one set.
        for (Path cfg : configs) {
            removeOptions(cfg);
        }
        run(launcher, work, "-XX:AOTMode=record -XX:AOTConfiguration=lockdown.aotconf", "--self-test");
        run(launcher, work, "-XX:AOTMode=create -XX:AOTConfiguration=lockdown.aotconf -XX:AOTCache=" + CACHE, "--self-test");
        Path appDir = configs.getFirst().getParent();
        Files.copy(work.resolve(CACHE), appDir.resolve(CACHE), StandardCopyOption.REPLACE_EXISTING);
        for (Path cfg : configs) {
            addOptions(cfg);
        }
        // The proof: the launcher's own class comes from the cache, not from its jar.
        String loaded = run(launcher, work, "-Xlog:class+load=info", "--help");
        if (!loaded.contains("lockdown.Launcher source: shared objects file")) {
            throw new IllegalStateException("the image does not use its AOT cache:\n" + loaded.lines().limit(40).toList());
        }
        System.out.printf("AOT cache: %s, %d MB, used by %d launcher(s)%n", appDir.resolve(CACHE),
                Files.size(appDir.resolve(CACHE)) >> 20, configs.size());
    }

    static void removeOptions(Path cfg) throws IOException {
        List<String> lines = Files.readAllLines(cfg, StandardCharsets.UTF_8);
        Files.write(cfg, lines.stream().filter(l -> !OPTIONS.contains(l)).toList(), StandardCharsets.UTF_8);
    }

    static boolean isLauncherConfig(Path f) {
        try {
            return Files.readAllLines(f, StandardCharsets.UTF_8).contains("[Application]");
        } catch (IOException unreadable) {
            return false;
        }
    }

    /**
     * Adds the cache to a launcher's Java options. Its log lines are turned off: were the cache ever
     * unusable (a file of the installation changed), the JVM would say so on standard output, in the
     * middle of a command's JSON; it then runs without the cache, only slower.
     */
    static void addOptions(Path cfg) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8));
        int section = lines.indexOf("[JavaOptions]");
        if (section < 0) {
            lines.add("[JavaOptions]");
            section = lines.size() - 1;
        }
        lines.addAll(section + 1, OPTIONS);
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    /** Runs the launcher with these JVM options; fails with its output unless it ended with 0. */
    static String run(Path launcher, Path work, String jvmOptions, String argument) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), argument).directory(work.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_TOOL_OPTIONS", jvmOptions);
        pb.environment().put("SMLOCKDOWN_DATA", work.resolve("data").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("'" + launcher.getFileName() + " " + argument + "' with " + jvmOptions
                    + " ended with " + p.exitValue() + ":\n" + out);
        }
        return out;
    }
}
