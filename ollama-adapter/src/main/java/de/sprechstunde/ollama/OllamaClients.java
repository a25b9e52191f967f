package de.sprechstunde.ollama;

import io.github.ollama4j.Ollama;
import java.time.Duration;

/**
 * The ollama4j clients, one per kind of call, because ollama4j has a single request timeout per
 * client. That timeout only runs until the response headers arrive (the JDK {@code HttpClient}
 * stops its timer then), and Ollama sends the headers with the first token, so for chat it bounds
 * the wait for the first token; the rest of the stream is bounded by {@link StreamedChat}.
 *
 * @param chat     learner chats: a little over the first-token timeout
 * @param preload  model loads: the preload timeout
 * @param metadata {@code /api/tags} and {@code /api/ps}: the check timeout
 * @param corrections proposed corrections: the correction timeout
 */
record OllamaClients(Ollama chat, Ollama preload, Ollama metadata, Ollama corrections) {

    static OllamaClients create(OllamaSettings settings) {
        Ollama4jFixes.install();
        return new OllamaClients(
                client(settings, settings.firstTokenTimeout().plusSeconds(1)),
                client(settings, settings.preloadTimeout()),
                client(settings, settings.checkTimeout()),
                client(settings, settings.correctionTimeout()));
    }

    private static Ollama client(OllamaSettings settings, Duration timeout) {
        Ollama ollama = new Ollama(settings.baseUrl());
        // whole seconds only; round up so a short timeout never becomes zero
        ollama.setRequestTimeoutSeconds(Math.max(1, (timeout.toMillis() + 999) / 1000));
        return ollama;
    }
}
