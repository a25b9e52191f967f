package de.sprechstunde.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.memory.InMemoryResponseCache;
import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.core.port.GrammarChecker;
import de.sprechstunde.core.port.ResponseCache;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachingGrammarCheckerTest {

    /** Flags every "ein Hund" and records the sentences it was asked about. */
    private static final class RecordingChecker implements GrammarChecker {
        final List<String> checked = new ArrayList<>();
        boolean ready = true;

        @Override
        public List<Correction> check(String text, CefrLevel level) {
            checked.add(text);
            int at = text.indexOf("ein Hund");
            return at < 0 ? List.of() : List.of(new Correction(at, at + 8, "ein Hund", "einen Hund", "case", "TEST",
                    Map.of(ExplanationLanguage.ENGLISH, "accusative", ExplanationLanguage.GERMAN, "Akkusativ")));
        }

        @Override
        public boolean ready() {
            return ready;
        }
    }

    private final RecordingChecker delegate = new RecordingChecker();
    private final ResponseCache cache = new InMemoryResponseCache(Map.of(CacheKind.GRAMMAR, Duration.ofDays(1)), 100, Clock.systemUTC());
    private final CachingGrammarChecker checker = new CachingGrammarChecker(delegate, cache);

    @Test
    void aRepeatedSentenceIsAnsweredFromTheCacheWithTheSameCorrection() {
        List<Correction> first = checker.check("Ich habe ein Hund.", CefrLevel.A2);
        List<Correction> second = checker.check("Ich habe ein Hund.", CefrLevel.B1);

        assertEquals(first, second);
        assertEquals(List.of("Ich habe ein Hund."), delegate.checked);
    }

    @Test
    void correctionsInALaterSentenceKeepTheirPositionInTheMessage() {
        checker.check("Ich habe ein Hund.", CefrLevel.A2);

        String message = "Hallo!  Ich habe ein Hund.";
        List<Correction> found = checker.check(message, CefrLevel.A2);

        assertEquals(1, found.size());
        assertEquals("ein Hund", message.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(List.of("Ich habe ein Hund.", "Hallo!"), delegate.checked);
    }

    @Test
    void aGarbledOrFailingCacheIsAMiss() {
        ResponseCache broken = new ResponseCache() {
            @Override
            public Optional<String> get(CacheKind kind, String key) {
                return Optional.of("not an entry");
            }

            @Override
            public void put(CacheKind kind, String key, String value) {
                throw new IllegalStateException("store down");
            }
        };
        CachingGrammarChecker withBrokenCache = new CachingGrammarChecker(delegate, broken);

        assertEquals(1, withBrokenCache.check("Ich habe ein Hund.", CefrLevel.A2).size());
        assertEquals(1, withBrokenCache.check("Ich habe ein Hund.", CefrLevel.A2).size());
        assertEquals(2, delegate.checked.size());
    }

    @Test
    void nothingIsCheckedOrCachedWhileTheDelegateIsNotReady() {
        delegate.ready = false;

        assertTrue(checker.check("Ich habe ein Hund.", CefrLevel.A2).isEmpty());
        delegate.ready = true;
        assertEquals(1, checker.check("Ich habe ein Hund.", CefrLevel.A2).size());
    }
}
