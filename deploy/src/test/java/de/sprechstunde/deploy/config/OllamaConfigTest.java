package de.sprechstunde.deploy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OllamaConfigTest {

    @Test
    void oneHostByDefaultOrFromOllamaHost() {
        assertEquals(List.of(URI.create("http://localhost:11434")), OllamaConfig.read(new Env(Map.of()), true).hosts());
        assertEquals(List.of(URI.create("http://gpu:11434")),
                OllamaConfig.read(new Env(Map.of("OLLAMA_HOST", "http://gpu:11434")), true).hosts());
    }

    @Test
    void ollamaHostsNamesAPoolInItsOrder() {
        assertEquals(List.of(URI.create("http://gpu1:11434"), URI.create("https://gpu2.example")),
                OllamaConfig.read(new Env(Map.of("OLLAMA_HOSTS", " http://gpu1:11434 , https://gpu2.example,")), true).hosts());
    }

    @Test
    void bothVariablesAtOnceStopTheStart() {
        assertEquals("OLLAMA_HOSTS: is set together with OLLAMA_HOST; set OLLAMA_HOSTS for several hosts or OLLAMA_HOST "
                + "for one, not both (got 'http://a:1,http://b:2')",
                message(Map.of("OLLAMA_HOST", "http://a:1", "OLLAMA_HOSTS", "http://a:1,http://b:2")));
    }

    @Test
    void aBadEntryIsRefusedWithoutShowingCredentials() {
        assertEquals("OLLAMA_HOSTS: names a host twice (got 'http://a:1,http://a:1/')",
                message(Map.of("OLLAMA_HOSTS", "http://a:1,http://a:1/")));
        assertEquals("OLLAMA_HOSTS: must be an absolute URL like http://host:port (got 'http://a:1,gpu2:11434')",
                message(Map.of("OLLAMA_HOSTS", "http://a:1,gpu2:11434")));
        assertEquals("OLLAMA_HOSTS: must use http or https (got 'http://a:1,ftp://b:2')",
                message(Map.of("OLLAMA_HOSTS", "http://a:1,ftp://b:2")));
        String credentials = message(Map.of("OLLAMA_HOSTS", "http://a:1,http://admin:hunter2@b:2"));
        assertEquals("OLLAMA_HOSTS: must not contain credentials (got 'http://a:1,http://admin:***@b:2')", credentials);
        assertFalse(credentials.contains("hunter2"));
    }

    private static String message(Map<String, String> values) {
        return assertThrows(ConfigException.class, () -> OllamaConfig.read(new Env(values), true)).getMessage();
    }
}
