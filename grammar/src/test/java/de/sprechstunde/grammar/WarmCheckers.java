package de.sprechstunde.grammar;

import java.time.Duration;

/**
 * LanguageTool checkers shared by the tests in one JVM: warming one up takes many seconds, so
 * each kind is built once and reused.
 */
final class WarmCheckers {

    private static LanguageToolChecker full;
    private static LanguageToolChecker languageToolAlone;
    private static LanguageToolChecker shipped;

    private WarmCheckers() {
    }

    /** LanguageTool plus the learner rules, everything they find (no correction filter), ready: tests the rules. */
    static synchronized LanguageToolChecker full() {
        if (full == null) {
            full = LanguageToolChecker.start(GrammarSettings.defaults().withPoolSize(1), LanguageToolChecker.RuleSelection.RULES_UNFILTERED);
        }
        return awaited(full);
    }

    /** The checker as shipped: the same rules and the correction filter, ready. */
    static synchronized LanguageToolChecker shipped() {
        if (shipped == null) {
            shipped = LanguageToolChecker.start(GrammarSettings.defaults().withPoolSize(1));
        }
        return awaited(shipped);
    }

    /** LanguageTool's own rules only (with the project's rule selection, no correction filter), ready. */
    static synchronized LanguageToolChecker languageToolAlone() {
        if (languageToolAlone == null) {
            languageToolAlone = LanguageToolChecker.start(GrammarSettings.defaults().withPoolSize(1).withLearnerRules(false),
                    LanguageToolChecker.RuleSelection.RULES_UNFILTERED);
        }
        return awaited(languageToolAlone);
    }

    private static LanguageToolChecker awaited(LanguageToolChecker checker) {
        try {
            if (!checker.awaitReady(Duration.ofMinutes(5))) {
                throw new AssertionError("LanguageTool did not become ready: " + checker.health());
            }
            return checker;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while LanguageTool warmed up", e);
        }
    }
}
