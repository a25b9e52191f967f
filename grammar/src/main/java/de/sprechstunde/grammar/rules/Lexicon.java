package de.sprechstunde.grammar.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.synthesis.Synthesizer;
import org.languagetool.tagging.Tagger;

/**
 * LanguageTool's German dictionary as the learner rules need it: every reading of a word out of
 * context (the tagger) and the form of a lemma for a tag (the synthesizer). Thread-safe: both are
 * shared, read-only dictionaries.
 */
public final class Lexicon {

    private final Tagger tagger;
    private final Synthesizer synthesizer;

    public Lexicon(Language german) {
        this.tagger = german.getTagger();
        this.synthesizer = german.getSynthesizer();
    }

    /** Every reading of a single word, ignoring its context. */
    List<AnalyzedToken> readings(String word) {
        try {
            List<AnalyzedTokenReadings> tagged = tagger.tag(List.of(word));
            return tagged.isEmpty() ? List.of() : tagged.get(0).getReadings().stream()
                    .filter(r -> r.getPOSTag() != null).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the dictionary knows the word at all. */
    boolean knows(String word) {
        return !readings(word).isEmpty();
    }

    /** Whether any reading's tag starts with {@code prefix}. */
    boolean hasTag(String word, String prefix) {
        return readings(word).stream().anyMatch(r -> r.getPOSTag().startsWith(prefix));
    }

    /** The lemma of the first reading whose tag starts with {@code prefix}. */
    Optional<String> lemma(String word, String prefix) {
        return readings(word).stream().filter(r -> r.getPOSTag().startsWith(prefix))
                .map(AnalyzedToken::getLemma).findFirst();
    }

    /** The first form of {@code lemma} whose tag matches the regular expression. */
    Optional<String> form(String lemma, String tagRegex) {
        return forms(lemma, tagRegex).stream().findFirst();
    }

    /** Every form of {@code lemma} whose tag matches the regular expression. */
    List<String> forms(String lemma, String tagRegex) {
        try {
            String[] forms = synthesizer.synthesize(new AnalyzedToken(lemma, null, lemma), tagRegex, true);
            return Arrays.stream(forms).filter(f -> f != null && !f.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
