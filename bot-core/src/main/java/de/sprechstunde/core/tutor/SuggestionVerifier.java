package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.MistakeCategory;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.core.port.GrammarChecker;
import de.sprechstunde.core.port.ProposedCorrection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a model's proposed correction may be shown. It passes only when all hold: the
 * wrong part occurs verbatim, on word boundaries, in the learner's text; the fix differs from it;
 * both are small; the category is one of {@link MistakeCategory} (an unknown one counts as
 * {@code other}); the explanation is one plain line; the edit does not overlap a correction
 * already kept; and the checker finds no mistake in the corrected text that it did not find
 * before. A spoken turn gets no spelling or capitalisation suggestions: the recogniser spelled it.
 */
final class SuggestionVerifier {

    /** Why a proposal was dropped; for the debug log, never shown. */
    enum Verdict { KEPT, SPOKEN_SPELLING, MALFORMED, NOT_IN_TEXT, NO_CHANGE, TOO_LARGE, OVERLAPS, ADDS_ERROR }

    static final int MAX_WORDS = 4;
    static final int MAX_CHARS = 40;
    static final int MAX_EXPLANATION_CHARS = 160;
    static final String RULE_ID = "MODEL";
    private static final Pattern MARKUP = Pattern.compile("[*_`\\[\\]<>#~|\\\\]|\\R");

    private final GrammarChecker checker;

    SuggestionVerifier(GrammarChecker checker) {
        this.checker = checker;
    }

    /** The result of checking one proposal: the correction to show when kept. */
    record Checked(Verdict verdict, Optional<Correction> correction) {
        static Checked dropped(Verdict why) {
            return new Checked(why, Optional.empty());
        }
    }

    /**
     * @param found what the checker found in {@code text} (before any filtering), the baseline for
     *              "no new error"
     * @param kept  corrections already shown this turn: a suggestion must not touch them
     */
    Checked verify(ProposedCorrection proposal, String text, List<Correction> found, List<Correction> kept,
                   CefrLevel level, boolean spoken) {
        String wrong = proposal.wrong().strip();
        String fix = proposal.fix().strip();
        String explanation = proposal.explanation().strip();
        MistakeCategory category = MistakeCategory.fromKey(proposal.category().strip().toLowerCase(Locale.ROOT))
                .orElse(MistakeCategory.OTHER);
        if (wrong.isEmpty() || explanation.isEmpty() || explanation.length() > MAX_EXPLANATION_CHARS
                || MARKUP.matcher(explanation).find() || MARKUP.matcher(wrong).find() || MARKUP.matcher(fix).find()) {
            return Checked.dropped(Verdict.MALFORMED);
        }
        if (fix.equals(wrong)) {
            return Checked.dropped(Verdict.NO_CHANGE);
        }
        if (spoken && (category == MistakeCategory.SPELLING || fix.equalsIgnoreCase(wrong))) {
            return Checked.dropped(Verdict.SPOKEN_SPELLING);
        }
        if (tooLarge(wrong) || tooLarge(fix)) {
            return Checked.dropped(Verdict.TOO_LARGE);
        }
        int start = onWordBoundaries(text, wrong);
        if (start < 0) {
            return Checked.dropped(Verdict.NOT_IN_TEXT);
        }
        int end = start + wrong.length();
        if (kept.stream().anyMatch(c -> start < c.end() && c.start() < end)) {
            return Checked.dropped(Verdict.OVERLAPS);
        }
        if (addsError(text, start, end, fix, found, level)) {
            return Checked.dropped(Verdict.ADDS_ERROR);
        }
        return new Checked(Verdict.KEPT, Optional.of(new Correction(start, end, wrong, fix, category.key(), RULE_ID,
                everyLanguage(explanation), Correction.Source.MODEL)));
    }

    /** The model wrote its line in the language it was asked for; it stands for every language. */
    private static Map<ExplanationLanguage, String> everyLanguage(String explanation) {
        Map<ExplanationLanguage, String> texts = new EnumMap<>(ExplanationLanguage.class);
        for (ExplanationLanguage language : ExplanationLanguage.values()) {
            texts.put(language, explanation);
        }
        return texts;
    }

    private boolean addsError(String text, int start, int end, String fix, List<Correction> found, CefrLevel level) {
        String corrected = joined(text.substring(0, start), fix, text.substring(end));
        Map<String, Integer> before = new HashMap<>();
        found.forEach(c -> before.merge(key(c), 1, Integer::sum));
        for (Correction c : checker.check(corrected, level)) {
            // a mistake the checker already saw in the original is not new; anything else is
            if (before.merge(key(c), -1, Integer::sum) < 0) {
                return true;
            }
        }
        return false;
    }

    /** A deletion must not leave two spaces or a space before punctuation behind. */
    private static String joined(String before, String fix, String after) {
        if (!fix.isEmpty()) {
            return before + fix + after;
        }
        String head = before.stripTrailing();
        String tail = after.stripLeading();
        boolean word = !head.isEmpty() && !tail.isEmpty() && Character.isLetterOrDigit(tail.charAt(0));
        return word ? head + " " + tail : head + tail;
    }

    private static String key(Correction c) {
        return c.ruleId() + '\u0000' + c.wrong() + '\u0000' + c.fix();
    }

    private static boolean tooLarge(String part) {
        return part.length() > MAX_CHARS || (!part.isEmpty() && part.split("\\s+").length > MAX_WORDS);
    }

    /** The first occurrence of {@code part} that starts and ends on a word boundary, or -1. */
    static int onWordBoundaries(String text, String part) {
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            int end = at + part.length();
            boolean startsClean = at == 0 || !isWordChar(text.charAt(at - 1)) || !isWordChar(part.charAt(0));
            boolean endsClean = end == text.length() || !isWordChar(text.charAt(end)) || !isWordChar(part.charAt(part.length() - 1));
            if (startsClean && endsClean) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
