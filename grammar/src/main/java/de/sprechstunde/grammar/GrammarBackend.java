package de.sprechstunde.grammar;

import de.sprechstunde.core.learning.Vocabulary;
import de.sprechstunde.grammar.rules.LanguageToolVocabulary;
import de.sprechstunde.grammar.rules.Lexicon;
import org.languagetool.Languages;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.GrammarChecker;
import de.sprechstunde.core.port.HealthIndicator;
import de.sprechstunde.core.port.ResponseCache;
import java.time.Duration;
import java.util.Optional;

/**
 * The grammar module as the composition root wires it: {@code GrammarBackend.start(settings, cache)}
 * then {@code builder.grammar(module.checker())} and {@code health.register("grammar", module.health())}.
 * When {@code ENABLE_GRAMMAR_CHECK} is false nothing is loaded and the checker is
 * {@link GrammarChecker#NONE}.
 */
public final class GrammarBackend implements AutoCloseable {

    private final Optional<LanguageToolChecker> languageTool;
    private final GrammarChecker checker;

    private GrammarBackend(Optional<LanguageToolChecker> languageTool, GrammarChecker checker) {
        this.languageTool = languageTool;
        this.checker = checker;
    }

    /** Starts LanguageTool's warm-up in the background (unless switched off) and returns at once. */
    public static GrammarBackend start(GrammarSettings settings, ResponseCache cache) {
        if (!settings.enabled()) {
            return new GrammarBackend(Optional.empty(), GrammarChecker.NONE);
        }
        LanguageToolChecker languageTool = LanguageToolChecker.start(settings);
        return new GrammarBackend(Optional.of(languageTool), new CachingGrammarChecker(languageTool, cache));
    }

    /** The checker to give {@code TutorBotBuilder.grammar(...)}. */
    public GrammarChecker checker() {
        return checker;
    }

    /**
     * Finds nouns and irregular verbs for cards ({@code TutorBotBuilder.vocabulary(...)}) with
     * LanguageTool's dictionary; finds nothing when the grammar check is off.
     */
    public Vocabulary vocabulary() {
        return languageTool.isEmpty() ? Vocabulary.NONE
                : new LanguageToolVocabulary(new Lexicon(Languages.getLanguageForShortCode("de-DE")));
    }

    /** The health indicator for {@code /health} (component name {@code grammar}). */
    public HealthIndicator health() {
        return () -> languageTool.map(LanguageToolChecker::health)
                .orElseGet(() -> ComponentHealth.disabled("grammar", "ENABLE_GRAMMAR_CHECK=false"));
    }

    /** Waits for the warm-up to finish; true when the checker is ready. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return languageTool.isPresent() && languageTool.get().awaitReady(timeout);
    }

    @Override
    public void close() {
        languageTool.ifPresent(LanguageToolChecker::close);
    }
}
