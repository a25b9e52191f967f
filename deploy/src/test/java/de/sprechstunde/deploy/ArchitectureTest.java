package de.sprechstunde.deploy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md, checked on the compiled main classes of every
 * module (Maven's module graph keeps the libraries apart; these rules keep the packages apart).
 */
class ArchitectureTest {

    /** The base package of each module that adapts the core to the outside world. */
    private static final List<String> ADAPTERS = List.of(
            "de.sprechstunde.telegram..", "de.sprechstunde.discord..", "de.sprechstunde.ollama..",
            "de.sprechstunde.redis..", "de.sprechstunde.mongo..", "de.sprechstunde.speech..",
            "de.sprechstunde.grammar..", "de.sprechstunde.resilience..", "de.sprechstunde.chart..");

    private static final String[] ADAPTER_LIBRARIES = {
        "io.lettuce..", "com.mongodb..", "org.bson..", "de.bwaldvogel..", "io.github.ollama4j..", "java.net.http..",
        "org.telegram..", "net.dv8tion..", "net.bramp..", "org.languagetool..", "com.fasterxml.jackson..",
        "okhttp3..", "io.netty..", "com.sun.net.httpserver.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // in a full reactor build the modules' shared test support arrives as *-tests.jar
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("de.sprechstunde");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("de.sprechstunde.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theCoreImportsNoAdapterLibraryAndNoOtherModule() {
        noClasses().that().resideInAPackage("de.sprechstunde.core..")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTER_LIBRARIES)
                .check(classes);
        noClasses().that().resideInAPackage("de.sprechstunde.core..")
                .should().dependOnClassesThat().resideOutsideOfPackages("de.sprechstunde.core..", "java..", "javax..",
                        "org.slf4j..", "io.micrometer..", "com.github.benmanes.caffeine..")
                .check(classes);
    }

    @Test
    void adaptersDoNotImportEachOther() {
        for (String adapter : ADAPTERS) {
            noClasses().that().resideInAPackage(adapter)
                    .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS.stream()
                            .filter(other -> !other.equals(adapter)).toArray(String[]::new))
                    .check(classes);
        }
    }

    @Test
    void adaptersSeeThePortsNotThePipeline() {
        noClasses().that().resideInAnyPackage(ADAPTERS.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("de.sprechstunde.core.pipeline..",
                        "de.sprechstunde.core.tutor..", "de.sprechstunde.deploy..")
                .check(classes);
    }

    @Test
    void onlyTheConfigurationReaderReadsTheEnvironment() {
        noClasses().that().resideOutsideOfPackage("de.sprechstunde.deploy.config..")
                .should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .check(classes);
    }
}
