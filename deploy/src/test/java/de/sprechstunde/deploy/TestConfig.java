package de.sprechstunde.deploy;

import de.sprechstunde.deploy.config.AppConfig;
import de.sprechstunde.deploy.config.ConfigLoader;
import de.sprechstunde.deploy.config.Env;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Configuration for application tests: random HTTP port, a temporary data directory, quick timeouts. */
public final class TestConfig {

    private final Map<String, String> values = new HashMap<>();

    public TestConfig(Path dataDir, String ollamaUrl) {
        values.put("HTTP_PORT", "0");
        values.put("DATA_DIR", dataDir.toString());
        values.put("OLLAMA_HOST", ollamaUrl);
        values.put("OLLAMA_REQUEST_TIMEOUT", "20");
        values.put("OLLAMA_FIRST_TOKEN_TIMEOUT", "10");
        values.put("OLLAMA_RETRIES", "0");
        values.put("OLLAMA_CHECK_TIMEOUT", "2");
        // LanguageTool's warm-up costs a CPU for half a minute; the grammar module tests it
        values.put("ENABLE_GRAMMAR_CHECK", "false");
    }

    public TestConfig with(String name, String value) {
        values.put(name, value);
        return this;
    }

    public AppConfig load() {
        return ConfigLoader.load(new Env(values));
    }
}
