package lockdown;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lockdown.core.Guide;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md, checked on the compiled classes (every reference counts,
 * fully qualified names in code included, not only import lines), and the "one place per fact"
 * rules, checked on the sources.
 */
class ArchitectureTest {

    static final Path MAIN = Path.of("src/main/java/lockdown");
    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("lockdown");

    /** The rules, as functions so a test can show them failing on a class that breaks them. */
    static List<ArchRule> rules() {
        return List.of(
                noClasses().that().resideInAPackage("lockdown.base..").should().dependOnClassesThat()
                        .resideInAnyPackage("lockdown.core..", "lockdown.steps..", "lockdown.smartermail..", "lockdown.windows..",
                                "lockdown.sim..", "lockdown.report..", "lockdown.cli..", "lockdown.ui..")
                        .as("base depends on nothing else of the wizard"),
                noClasses().that().resideInAPackage("lockdown.core..").should().dependOnClassesThat()
                        .resideInAnyPackage("lockdown.steps..", "lockdown.smartermail..", "lockdown.windows..", "lockdown.sim..",
                                "lockdown.report..", "lockdown.cli..", "lockdown.ui..")
                        .as("core depends on base only: it holds the ports through interfaces of its own"),
                noClasses().that().resideInAnyPackage("lockdown.core..", "lockdown.steps..", "lockdown.report..", "lockdown.base..")
                        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "okhttp3..", "com.sun.jna..")
                        .as("core, steps, reports and base use neither JavaFX nor HTTP nor JNA"),
                noClasses().that().resideOutsideOfPackage("lockdown.ui..").should().dependOnClassesThat()
                        .resideInAPackage("javafx..").as("only the window uses JavaFX"),
                noClasses().that().resideOutsideOfPackage("lockdown.windows.jna..").should().dependOnClassesThat()
                        .resideInAPackage("com.sun.jna..").as("only the Windows adapters use JNA"),
                noClasses().that().resideOutsideOfPackage("lockdown.smartermail..").should().dependOnClassesThat()
                        .resideInAPackage("okhttp3..").as("only the SmarterMail client uses OkHttp"),
                noClasses().that().resideInAnyPackage("lockdown.smartermail..", "lockdown.windows..").should().dependOnClassesThat()
                        .resideInAnyPackage("lockdown.core..", "lockdown.steps..", "lockdown.ui..", "lockdown.cli..",
                                "lockdown.report..", "lockdown.sim..")
                        .as("the adapters depend on base only"),
                noClasses().that().resideInAPackage("lockdown.steps..").should().dependOnClassesThat()
                        .resideInAnyPackage("lockdown.windows.jna..", "lockdown.sim..", "lockdown.ui..", "lockdown.cli..",
                                "lockdown.report..")
                        .as("steps use the ports, never an adapter"),
                noClasses().that().resideInAnyPackage("lockdown.ui..", "lockdown.cli..", "lockdown.report..").should()
                        .dependOnClassesThat().resideInAnyPackage("lockdown.windows.jna..", "lockdown.sim..")
                        .orShould().dependOnClassesThat().haveSimpleName("SmarterMailClient")
                        .as("the window, the command line and the reports get adapters from the composition root"),
                slices().matching("lockdown.(*)..").should().beFreeOfCycles().as("no cycles between packages"));
    }

    @Test
    void theCompiledClassesKeepTheLayers() {
        for (ArchRule rule : rules()) {
            rule.check(CLASSES);
        }
    }

    @Test
    void theRulesCatchAViolation() {
        JavaClasses broken = new ClassFileImporter().importClasses(lockdown.core.ArchitectureViolationSample.class);
        List<String> failed = rules().stream().map(r -> r.allowEmptyShould(true)).filter(r -> r.evaluate(broken).hasViolation())
                .map(ArchRule::getDescription).toList();
        assertThat(failed).as("a core class using JavaFX and the SmarterMail client by their full names")
                .anySatisfy(d -> assertThat(d).contains("core depends on base only"))
                .anySatisfy(d -> assertThat(d).contains("only the window uses JavaFX"));
    }

    static List<Path> sources(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void endpointPathsLiveOnlyInTheCatalog() {
        for (Path p : sources(MAIN)) {
            assertThat(read(p)).as(p.toString()).doesNotContain("/api/v1");
        }
        assertThat(read(Path.of("src/main/resources/lockdown/smartermail/endpoints.json"))).contains("/api/v1/");
    }

    @Test
    void stepIdsAreWrittenOnlyInTheGuide() {
        for (Path p : sources(MAIN)) {
            if (p.endsWith("Guide.java")) {
                continue;
            }
            String text = read(p);
            for (Guide g : Guide.values()) {
                assertThat(text).as(p + " names " + g.id()).doesNotContain("\"" + g.id() + "\"");
            }
        }
    }

    @Test
    void userFacingTextComesFromTheBundle() {
        for (Path p : sources(MAIN)) {
            String text = read(p);
            assertThat(text).as(p.toString()).doesNotContainPattern("System\\.(out|err)\\.print(ln)?\\(\"[A-Za-z]");
            assertThat(text).as(p.toString()).doesNotContainPattern("new (Lockdown|Step|Api|Windows)Exception\\([^)]*\"[A-Z][a-z]+ ");
        }
    }
}
