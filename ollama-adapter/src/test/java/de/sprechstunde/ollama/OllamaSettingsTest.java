package de.sprechstunde.ollama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.port.ModelTier;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OllamaSettingsTest {

    private final OllamaSettings defaults = OllamaSettings.defaults();

    @Test
    void theDefaultsAreTheConfigurationContract() {
        assertEquals(URI.create("http://localhost:11434"), defaults.host());
        assertEquals("mistral:7b", defaults.model());
        assertEquals("llama3.2:3b", defaults.fastModel());
        assertTrue(defaults.useFastForVoice());
        assertEquals("24h", defaults.keepAlive());
        assertEquals(0.7, defaults.temperature());
        assertEquals(2048, defaults.maxTokens());
        assertEquals("http://localhost:11434", defaults.baseUrl());
    }

    @Test
    void theFastModelAnswersSpokenTurnsOnlyWhenEnabled() {
        assertEquals("llama3.2:3b", defaults.modelFor(ModelTier.FAST));
        assertEquals("mistral:7b", defaults.modelFor(ModelTier.MAIN));
        OllamaSettings mainOnly = defaults.toBuilder().useFastForVoice(false).build();
        assertEquals("mistral:7b", mainOnly.modelFor(ModelTier.FAST));
        assertEquals(List.of("mistral:7b"), mainOnly.modelsInUse());
        assertEquals(List.of("mistral:7b", "llama3.2:3b"), defaults.modelsInUse());
    }

    @Test
    void aFastModelThatIsTheMainModelIsWarmedOnce() {
        OllamaSettings same = defaults.toBuilder().model("mistral").fastModel("mistral:latest").build();

        assertEquals(List.of("mistral"), same.modelsInUse());
    }

    @ParameterizedTest
    @CsvSource({"24h,24h", "10m,10m", "1h30m,1h30m", "-1m,-1m", "0,0", "3600,3600s", "-1,-1s", "' 5m ',5m", "1.5h,1.5h"})
    void keepAliveBecomesAGoDuration(String configured, String sent) {
        assertEquals(sent, defaults.toBuilder().keepAlive(configured).build().keepAlive());
    }

    @ParameterizedTest
    @CsvSource({"keepAlive,forever,OLLAMA_KEEP_ALIVE", "keepAlive,'',OLLAMA_KEEP_ALIVE", "keepAlive,5 m,OLLAMA_KEEP_ALIVE",
        "temperature,2.5,OLLAMA_TEMPERATURE", "temperature,-0.1,OLLAMA_TEMPERATURE", "maxTokens,0,OLLAMA_MAX_TOKENS",
        "maxTokens,-2,OLLAMA_MAX_TOKENS", "contextTokens,0,OLLAMA_NUM_CTX", "model,'',OLLAMA_MODEL",
        "model,mistral 7b,OLLAMA_MODEL", "fastModel,' ',OLLAMA_MODEL_FAST", "retries,11,OLLAMA_RETRIES",
        "host,ftp://ollama:21,OLLAMA_HOST", "host,localhost:11434,OLLAMA_HOST",
        "host,http://admin:hunter2@ollama:11434,OLLAMA_HOST"})
    void aBadValueIsRefusedNamingTheVariable(String setting, String value, String variable) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> with(setting, value));

        assertTrue(e.getMessage().startsWith(variable), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), "credentials never appear in messages");
    }

    @Test
    void timeoutsMustBePositiveAndTheFirstTokenComesWithinTheWhole() {
        OllamaSettings.Builder builder = defaults.toBuilder();
        assertThrows(IllegalArgumentException.class, () -> builder.requestTimeout(Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class, () -> defaults.toBuilder().keepWarmInterval(Duration.ofSeconds(-1)).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> defaults.toBuilder().requestTimeout(Duration.ofSeconds(10)).firstTokenTimeout(Duration.ofSeconds(20)).build());
        assertTrue(e.getMessage().startsWith("OLLAMA_FIRST_TOKEN_TIMEOUT"));
    }

    @Test
    void aTrailingSlashIsDroppedFromTheBaseUrl() {
        assertEquals("http://ollama:11434", defaults.toBuilder().host("http://ollama:11434/").build().baseUrl());
    }

    @Test
    void aPoolNamesEachHostOnceAndEachHostGetsTheSameSettings() {
        List<URI> pool = List.of(URI.create("http://gpu1:11434"), URI.create("http://gpu2:11434/"));
        OllamaSettings settings = defaults.toBuilder().hosts(pool).build();

        assertEquals(pool, settings.hosts());
        assertEquals(URI.create("http://gpu1:11434"), settings.host());
        assertEquals(List.of(URI.create("http://gpu2:11434/")), settings.forHost(pool.get(1)).hosts());
        assertEquals(settings.keepAlive(), settings.forHost(pool.get(1)).keepAlive());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> defaults.toBuilder()
                .hosts(List.of(URI.create("http://gpu1:11434"), URI.create("http://gpu1:11434/"))).build());
        assertTrue(twice.getMessage().startsWith("OLLAMA_HOSTS must not name a host twice"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> defaults.toBuilder().hosts(List.of()).build());
        IllegalArgumentException secret = assertThrows(IllegalArgumentException.class, () -> defaults.toBuilder()
                .hosts(List.of(URI.create("http://gpu1:11434"), URI.create("http://u:hunter2@gpu2:11434"))).build());
        assertFalse(secret.getMessage().contains("hunter2"));
    }

    @Test
    void aHostIsLabelledByHostAndPortWithoutCredentialsOrPath() {
        assertEquals("gpu1:11434", OllamaHost.labelOf(URI.create("http://gpu1:11434/")));
        assertEquals("ollama.example:443", OllamaHost.labelOf(URI.create("https://ollama.example/api")));
        assertEquals("ollama:80", OllamaHost.labelOf(URI.create("http://ollama")));
    }

    private OllamaSettings with(String setting, String value) {
        OllamaSettings.Builder builder = defaults.toBuilder();
        switch (setting) {
            case "keepAlive" -> builder.keepAlive(value);
            case "temperature" -> builder.temperature(Double.parseDouble(value));
            case "maxTokens" -> builder.maxTokens(Integer.parseInt(value));
            case "contextTokens" -> builder.contextTokens(Integer.parseInt(value));
            case "model" -> builder.model(value);
            case "fastModel" -> builder.fastModel(value);
            case "retries" -> builder.retries(Integer.parseInt(value));
            case "host" -> builder.host(value);
            default -> throw new IllegalArgumentException(setting);
        }
        return builder.build();
    }
}
