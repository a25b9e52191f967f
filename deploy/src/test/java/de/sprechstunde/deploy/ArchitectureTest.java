package de.sprechstunde.deploy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of ARCHITECTURE.md, checked on the compiled classes of every module. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // in a full reactor build the other modules' test fakes arrive as *-tests.jar
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("de.sprechstunde");
    }

    @Test
    void theCoreImportsNoPlatformSpeechOrGrammarLibrary() {
        noClasses().that().resideInAPackage("de.sprechstunde.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.telegram..", "net.dv8tion..", "net.bramp..", "org.languagetool..",
                        "de.sprechstunde.speech..", "de.sprechstunde.grammar..", "de.sprechstunde.telegram..",
                        "de.sprechstunde.discord..", "de.sprechstunde.deploy..")
                .check(classes);
    }

    @Test
    void theDomainReachesForNoDatabaseModelServerOrHttp() {
        noClasses().that().resideInAnyPackage(
                        "de.sprechstunde.core.message..", "de.sprechstunde.core.learner..", "de.sprechstunde.core.scenario..",
                        "de.sprechstunde.core.drill..", "de.sprechstunde.core.port..", "de.sprechstunde.core.tutor..",
                        "de.sprechstunde.core.command..", "de.sprechstunde.core.health..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.lettuce..", "com.mongodb..", "org.bson..", "de.bwaldvogel..", "io.github.ollama4j..",
                        "java.net.http..", "de.sprechstunde.redis..", "de.sprechstunde.mongo..",
                        "de.sprechstunde.ollama..")
                .check(classes);
    }

    @Test
    void adaptersDoNotImportEachOther() {
        noClasses().that().resideInAPackage("de.sprechstunde.telegram..")
                .should().dependOnClassesThat().resideInAPackage("de.sprechstunde.discord..")
                .check(classes);
        noClasses().that().resideInAPackage("de.sprechstunde.discord..")
                .should().dependOnClassesThat().resideInAPackage("de.sprechstunde.telegram..")
                .check(classes);
    }

    @Test
    void speechAndGrammarKnowNoPlatform() {
        noClasses().that().resideInAnyPackage("de.sprechstunde.speech..", "de.sprechstunde.grammar..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "de.sprechstunde.telegram..", "de.sprechstunde.discord..", "de.sprechstunde.deploy..",
                        "org.telegram..", "net.dv8tion..")
                .check(classes);
    }

    @Test
    void onlyTheConfigLoaderReadsTheEnvironment() {
        noClasses().that().resideOutsideOfPackage("de.sprechstunde.deploy.config..")
                .should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .check(classes);
    }
}
