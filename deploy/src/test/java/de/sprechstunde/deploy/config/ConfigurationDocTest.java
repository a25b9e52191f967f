package de.sprechstunde.deploy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/configuration.md lists exactly the declared variables, with their defaults and meanings. */
class ConfigurationDocTest {

    private static final Path DOC = Path.of("..", "docs", "configuration.md");

    @Test
    void theDocumentsTablesAreTheCatalogue() throws IOException {
        List<String> documented = Files.readAllLines(DOC, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("| `"))
                .toList();
        List<String> declared = Variables.all().stream().map(Variable::documentationRow).toList();

        // on a difference, paste the expected rows from the message into the doc's tables
        assertEquals(String.join("\n", declared), String.join("\n", documented));
    }

    @Test
    void everyVariableIsDeclaredOnce() {
        List<String> names = Variables.all().stream().map(Variable::name).toList();

        assertEquals(names.size(), names.stream().collect(Collectors.toSet()).size(), "a variable is declared twice");
    }
}
