package de.sprechstunde.ollama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.ollama4j.models.chat.OllamaChatMessageRole;
import io.github.ollama4j.models.chat.OllamaChatResponseModel;
import io.github.ollama4j.models.ps.ModelProcessesResult;
import io.github.ollama4j.models.response.ListModelsResponse;
import io.github.ollama4j.models.response.OllamaVersion;
import io.github.ollama4j.utils.Utils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a newer Ollama may send must not break ollama4j's parsing, and parsing must not leak roles. */
class Ollama4jFixesTest {

    @BeforeAll
    static void install() {
        Ollama4jFixes.install();
    }

    @Test
    void unknownFieldsInPsDetailsTagsAndVersionAreIgnored() throws Exception {
        ModelProcessesResult ps = Utils.getObjectMapper().readValue("{\"models\":[{\"name\":\"mistral:7b\","
                + "\"details\":{\"format\":\"gguf\",\"vision\":true},\"expires_at\":\"2026-11-28T10:00:00Z\"}]}",
                ModelProcessesResult.class);
        ListModelsResponse tags = Utils.getObjectMapper().readValue("{\"models\":[],\"next_page\":null}", ListModelsResponse.class);
        OllamaVersion version = Utils.getObjectMapper().readValue("{\"version\":\"0.13.0\",\"commit\":\"abc\"}", OllamaVersion.class);

        assertEquals("mistral:7b", ps.getModels().get(0).getName());
        assertEquals(0, tags.getModels().size());
        assertEquals("0.13.0", version.getVersion());
    }

    @Test
    void parsedRolesAreTheLibrarysConstantsAndNewRolesAreRegisteredOnce() throws Exception {
        int before = OllamaChatMessageRole.getRoles().size();
        String line = "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"Hal\"},\"done\":false}";
        String odd = "{\"model\":\"m\",\"message\":{\"role\":\"narrator\",\"content\":\"…\"},\"done\":false}";

        OllamaChatResponseModel first = Utils.getObjectMapper().readValue(line, OllamaChatResponseModel.class);
        for (int i = 0; i < 100; i++) {
            Utils.getObjectMapper().readValue(line, OllamaChatResponseModel.class);
            Utils.getObjectMapper().readValue(odd, OllamaChatResponseModel.class);
        }

        assertSame(OllamaChatMessageRole.ASSISTANT, first.getMessage().getRole());
        assertEquals(before + 1, OllamaChatMessageRole.getRoles().size(), "only 'narrator' was added, once");
    }
}
