package de.sprechstunde.ollama;

import static de.sprechstunde.ollama.fake.FakeOllamaServer.FAST_MODEL;
import static de.sprechstunde.ollama.fake.FakeOllamaServer.MAIN_MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.port.ChatMessage;
import de.sprechstunde.core.port.ChatRequest;
import de.sprechstunde.core.port.ComponentHealth.Status;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.ModelTier;
import de.sprechstunde.core.port.TokenListener;
import de.sprechstunde.ollama.fake.FakeOllamaServer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OllamaHealthTest {

    private final FakeOllamaServer ollama = FakeOllamaServer.start();
    private final OllamaSettings settings = OllamaTesting.settings(ollama);
    private final WarmupStatus warmup = new WarmupStatus();
    private final OllamaHealth health = new OllamaHealth(settings, warmup);

    @AfterEach
    void stop() {
        ollama.close();
    }

    @Test
    void upWithEachModelsStateFromPs() throws Exception {
        try (OllamaChatModel model = new OllamaChatModel(settings, new PreloadGate())) {
            model.chat(new ChatRequest(ModelTier.MAIN, List.of(ChatMessage.user("Hallo"))), TokenListener.IGNORE);
        }

        ComponentHealth state = health.check();

        assertEquals(OllamaHealth.NAME, state.name());
        assertEquals(Status.UP, state.status());
        assertEquals(MAIN_MODEL + " loaded, " + FAST_MODEL + " not loaded", state.summary());
        assertEquals("loaded", state.details().get(MAIN_MODEL));
        assertEquals("not loaded", state.details().get(FAST_MODEL));
        Instant expiresAt = Instant.parse(state.details().get(MAIN_MODEL + " expires_at"));
        assertTrue(expiresAt.isAfter(Instant.now().plusSeconds(23 * 3600)), "keep_alive 24h: " + expiresAt);
        assertEquals(ollama.url(), state.details().get("host"));
        assertEquals(2, ollama.requests().stream().filter(r -> r.method().equals("GET")).count(), "one /api/tags, one /api/ps");
    }

    @Test
    void aModelTheWarmupIsLoadingIsShownAsLoading() {
        warmup.set(FAST_MODEL, "loading");

        assertEquals("loading", health.check().details().get(FAST_MODEL));
    }

    @Test
    void degradedWhenAModelIsMissingWithThePullProgress() {
        ollama.withoutModel(FAST_MODEL);
        warmup.set(FAST_MODEL, "pulling 45%");

        ComponentHealth state = health.check();

        assertEquals(Status.DEGRADED, state.status());
        assertEquals(MAIN_MODEL + " not loaded, " + FAST_MODEL + " missing (pulling 45%)", state.summary());
    }

    @Test
    void downWhenOllamaIsUnreachable() {
        ollama.refuseConnections();

        ComponentHealth state = health.check();

        assertEquals(Status.DOWN, state.status());
        assertEquals("unreachable at " + ollama.url(), state.summary());
        assertTrue(state.details().get("error").contains("ConnectException"), state.details().toString());
    }

    @Test
    void onlyTheMainModelIsCheckedWhenTheFastOneIsNotUsed() {
        OllamaHealth mainOnly = new OllamaHealth(settings.toBuilder().useFastForVoice(false).build(), warmup);
        ollama.withoutModel(FAST_MODEL);

        ComponentHealth state = mainOnly.check();

        assertEquals(Status.UP, state.status());
        assertEquals(MAIN_MODEL + " not loaded", state.summary());
    }
}
