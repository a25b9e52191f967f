package de.sprechstunde.deploy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DotEnvTest {

    @Test
    void readsNamesValuesQuotesExportsAndComments() {
        Map<String, String> values = DotEnv.parse(List.of(
                "# a comment",
                "",
                "OLLAMA_MODEL=mistral:7b",
                "export LOG_LEVEL=DEBUG",
                "ADMIN_IDS=\"telegram:1,discord:2\"",
                "PIPER_VOICE='de_DE-thorsten-low'",
                "HTTP_PORT=9000 # the port"));

        assertEquals(Map.of("OLLAMA_MODEL", "mistral:7b", "LOG_LEVEL", "DEBUG", "ADMIN_IDS", "telegram:1,discord:2",
                "PIPER_VOICE", "de_DE-thorsten-low", "HTTP_PORT", "9000"), values);
    }

    @Test
    void aLineWithoutAnEqualsSignNamesItsLineNumber() {
        ConfigException error = assertThrows(ConfigException.class, () -> DotEnv.parse(List.of("A=1", "oops")));

        assertEquals(".env: line 2 is not NAME=value", error.getMessage());
    }
}
