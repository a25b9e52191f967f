package de.sprechstunde.deploy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The defaults the catalogue shows are the ones the settings records apply: setting a variable to
 * its documented default changes nothing.
 */
class VariableDefaultsTest {

    // switches every optional part on, so that all its variables are read
    private static final Map<String, String> EVERYTHING_ON = Map.of(
            "TELEGRAM_BOT_TOKEN", "123456:abc", "DISCORD_BOT_TOKEN", "t", "INSTANCE_ID", "bot-1",
            "WHISPER_HOST", "http://whisper:9000", "PIPER_HOST", "tcp://piper:10200", "REDIS_URL", "redis://redis:6379/0");

    @TestFactory
    List<DynamicTest> settingADocumentedDefaultChangesNothing() {
        AppConfig unset = ConfigLoader.load(new Env(EVERYTHING_ON));
        return Variables.all().stream()
                .filter(variable -> variable.literalDefault().isPresent())
                .map(variable -> DynamicTest.dynamicTest(variable.name(), () -> {
                    Map<String, String> env = new HashMap<>(EVERYTHING_ON);
                    env.put(variable.name(), variable.literalDefault().orElseThrow());
                    assertEquals(unset, ConfigLoader.load(new Env(env)));
                }))
                .toList();
    }

    @Test
    void mostVariablesShowALiteralDefault() {
        long literal = Variables.all().stream().filter(variable -> variable.literalDefault().isPresent()).count();

        assertTrue(literal > 60, "only " + literal + " literal defaults");
    }
}
