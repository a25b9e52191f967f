package de.sprechstunde.ollama;

import de.sprechstunde.core.concurrent.DaemonThreads;
import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.port.ChatModelException;
import de.sprechstunde.core.port.CorrectionProposer;
import de.sprechstunde.core.port.ModelTier;
import de.sprechstunde.core.port.ProposedCorrection;
import de.sprechstunde.core.port.TokenListener;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proposed corrections from the fast model: one structured {@code POST /api/chat} whose
 * {@code format} is the answer's JSON schema (see {@link CorrectionQuestion}), bounded by
 * {@code correctionTimeout}, never retried. A model that is down, slow, still preloading or
 * answering something unreadable yields no proposals and one log line; it never fails the turn.
 *
 * <p>Thread-safe, like {@link OllamaChatModel}. Close it to stop its stream threads.
 */
public final class OllamaCorrectionProposer implements CorrectionProposer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OllamaCorrectionProposer.class);

    private final OllamaSettings settings;
    private final OllamaRequests requests;
    private final OllamaPool pool;
    private final ExecutorService streams;

    OllamaCorrectionProposer(OllamaSettings settings, OllamaPool pool) {
        this.settings = settings;
        this.requests = new OllamaRequests(settings);
        this.pool = pool;
        this.streams = Executors.newCachedThreadPool(DaemonThreads.numbered("ollama-corrections-"));
    }

    @Override
    public List<ProposedCorrection> propose(String text, CefrLevel level, ExplanationLanguage language) {
        String model = settings.modelFor(ModelTier.FAST);
        try (OllamaPool.Lease lease = pool.lease(model, Set.of())) {
            return propose(lease.host(), model, text, level, language);
        }
    }

    private List<ProposedCorrection> propose(OllamaHost host, String model, String text, CefrLevel level,
                                             ExplanationLanguage language) {
        if (host.gate().holds()) {
            // the learner's answer waits for the preload; suggestions are not worth a longer wait
            log.debug("no model suggestions while {} is preloading", model);
            return List.of();
        }
        long deadline = System.nanoTime() + settings.correctionTimeout().toNanos();
        StreamedChat.Progress answer = new StreamedChat.Progress();
        try {
            new StreamedChat(host.clients().corrections(), streams).run(requests.structured(model,
                    CorrectionQuestion.messages(text, level, language), CorrectionQuestion.schema(),
                    CorrectionQuestion.MAX_TOKENS), TokenListener.IGNORE, answer, deadline, deadline);
            pool.succeeded(host);
            return CorrectionQuestion.read(answer.text());
        } catch (ChatModelException e) {
            // its deadline is short: a busy host that misses it is not broken
            pool.failed(host, e, false);
            log.warn("no model suggestions: {} did not answer ({}: {})", model, e.reason().name().toLowerCase(Locale.ROOT),
                    e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.warn("no model suggestions: the answer of {} was not the JSON asked for ({})", model,
                    e.getClass().getSimpleName());
        }
        return List.of();
    }

    @Override
    public void close() {
        streams.shutdownNow();
    }
}
