package de.sprechstunde.grammar;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.core.port.GrammarChecker;
import de.sprechstunde.core.port.ResponseCache;
import de.sprechstunde.core.text.Digests;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caches a checker's corrections sentence by sentence ({@link CacheKind#GRAMMAR}, time to live
 * {@code CACHE_TTL_GRAMMAR} in the cache adapter): learners repeat greetings and phrases, and a
 * cached sentence costs no LanguageTool instance. Corrections do not depend on the learner's
 * level, so the key is the rules version and the sentence. A cache that fails is a miss.
 */
public final class CachingGrammarChecker implements GrammarChecker {

    /** Bump when rules or explanations change: it is part of every key. */
    public static final String RULES_VERSION = "r6";

    private static final Logger log = LoggerFactory.getLogger(CachingGrammarChecker.class);

    private final GrammarChecker delegate;
    private final ResponseCache cache;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final CorrectionCodec codec = new CorrectionCodec();

    public CachingGrammarChecker(GrammarChecker delegate, ResponseCache cache) {
        this.delegate = delegate;
        this.cache = cache;
    }

    @Override
    public boolean ready() {
        return delegate.ready();
    }

    @Override
    public List<Correction> check(String text, CefrLevel level) {
        if (!delegate.ready() || text == null) {
            return List.of();
        }
        List<Correction> all = new ArrayList<>();
        for (SentenceSplitter.Piece piece : splitter.split(text)) {
            for (Correction c : sentence(piece.text(), level)) {
                all.add(new Correction(c.start() + piece.offset(), c.end() + piece.offset(), c.wrong(), c.fix(),
                        c.category(), c.ruleId(), c.explanations()));
            }
        }
        return all;
    }

    private List<Correction> sentence(String sentence, CefrLevel level) {
        String key = Digests.sha256(RULES_VERSION + '\u0000' + sentence);
        Optional<List<Correction>> cached = cached(key, sentence);
        if (cached.isPresent()) {
            return cached.get();
        }
        List<Correction> found = delegate.check(sentence, level);
        if (delegate.ready()) {
            try {
                cache.put(CacheKind.GRAMMAR, key, codec.encode(found));
            } catch (RuntimeException e) {
                log.warn("grammar cache write failed; continuing without it", e);
            }
        }
        return found;
    }

    private Optional<List<Correction>> cached(String key, String sentence) {
        try {
            return cache.get(CacheKind.GRAMMAR, key).flatMap(value -> codec.decode(value, sentence));
        } catch (RuntimeException e) {
            log.warn("grammar cache read failed; checking instead", e);
            return Optional.empty();
        }
    }
}
