package de.sprechstunde.ollama;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.ollama4j.models.chat.OllamaChatMessageRole;
import io.github.ollama4j.utils.Utils;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two fixes to ollama4j 1.1.5's shared Jackson mapper ({@code Utils.getObjectMapper()}), installed
 * once before the first request:
 * <ul>
 *   <li>Jackson builds every {@code "role"} it reads through {@link OllamaChatMessageRole}'s private
 *       constructor, which adds the new instance to a static, unsynchronised list: two entries per
 *       streamed line, forever, and a race between concurrent chats. Roles are resolved to the
 *       library's constants (or one cached instance per unknown name) instead.</li>
 *   <li>{@code ListModelsResponse}, {@code OllamaVersion} and the {@code details} of {@code ps()}
 *       reject unknown fields, so a newer Ollama that adds one would break model listing and health
 *       checks; unknown fields are ignored instead.</li>
 * </ul>
 * The role fix only works when installed before ollama4j parses its first chat line in this JVM:
 * Jackson caches the deserializers it built. {@link OllamaClients#create} installs it, and every
 * ollama4j client of the adapter comes from there.
 */
final class Ollama4jFixes {

    private static boolean installed;

    private Ollama4jFixes() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        ObjectMapper mapper = Utils.getObjectMapper();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.registerModule(new SimpleModule("sprechstunde-ollama4j-fixes")
                .addDeserializer(OllamaChatMessageRole.class, new RoleDeserializer()));
        installed = true;
    }

    private static final class RoleDeserializer extends JsonDeserializer<OllamaChatMessageRole> {

        private static final Map<String, OllamaChatMessageRole> KNOWN = new ConcurrentHashMap<>(Map.of(
                "system", OllamaChatMessageRole.SYSTEM,
                "user", OllamaChatMessageRole.USER,
                "assistant", OllamaChatMessageRole.ASSISTANT,
                "tool", OllamaChatMessageRole.TOOL));

        @Override
        public OllamaChatMessageRole deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String name = parser.getValueAsString();
            if (name == null) {
                return null;
            }
            OllamaChatMessageRole role = KNOWN.get(name);
            return role != null ? role : custom(name);
        }

        // a role Ollama invents later is registered once, not once per line; the library's list is
        // not thread-safe, hence the lock
        private static synchronized OllamaChatMessageRole custom(String name) {
            return KNOWN.computeIfAbsent(name, OllamaChatMessageRole::newCustomRole);
        }
    }
}
