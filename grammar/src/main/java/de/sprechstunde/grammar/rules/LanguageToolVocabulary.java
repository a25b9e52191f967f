package de.sprechstunde.grammar.rules;

import de.sprechstunde.core.learning.Vocabulary;
import de.sprechstunde.core.learning.WordEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nouns and irregular verbs for cards, found with LanguageTool's German dictionary, never with a
 * model. Precision first: a capitalised word is a noun only if every reading is a common noun
 * (no name like Berlin, no nominalised verb or adjective like das Schwimmen, der Deutsche), and at
 * a sentence's start only if its lower-case form is no word (Gestern is the adverb); a verb is
 * irregular when the dictionary marks its forms strong ({@code NON}) or its participle ends in -en.
 * Thread-safe; never throws.
 */
public final class LanguageToolVocabulary implements Vocabulary {

    private static final Logger log = LoggerFactory.getLogger(LanguageToolVocabulary.class);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:\\n]\\s*$");
    /** Too common to be worth a card; they come with every perfect tense anyway. */
    private static final Set<String> AUXILIARIES = Set.of("sein", "haben", "werden");
    private static final Map<String, String> ARTICLES = Map.of("MAS", "der", "FEM", "die", "NEU", "das");
    private static final int SHORTEST_NOUN = 3;

    private final Lexicon lexicon;

    public LanguageToolVocabulary(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<WordEntry> find(String text) {
        try {
            Map<String, WordEntry> found = new LinkedHashMap<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                boolean sentenceStart = SENTENCE_END.matcher(text.substring(0, m.start())).find() || text.substring(0, m.start()).isBlank();
                entry(m.group(), sentenceStart).ifPresent(e -> found.putIfAbsent(e.lemma(), e));
            }
            return List.copyOf(found.values());
        } catch (RuntimeException e) {
            log.warn("vocabulary lookup failed; no word cards this turn: {}", e.toString());
            return List.of();
        }
    }

    private Optional<WordEntry> entry(String word, boolean sentenceStart) {
        if (Character.isUpperCase(word.charAt(0))) {
            return noun(word, sentenceStart);
        }
        return verb(word);
    }

    private Optional<WordEntry> noun(String word, boolean sentenceStart) {
        List<AnalyzedToken> readings = lexicon.readings(word);
        if (word.length() < SHORTEST_NOUN || readings.isEmpty()
                || !readings.stream().allMatch(r -> r.getPOSTag().startsWith("SUB:") && !nominalised(r.getPOSTag()))) {
            return Optional.empty();
        }
        if (sentenceStart && lexicon.knows(word.toLowerCase(Locale.GERMAN))) {
            return Optional.empty();
        }
        String lemma = readings.get(0).getLemma();
        if (readings.stream().anyMatch(r -> !r.getLemma().equals(lemma))) {
            return Optional.empty(); // two nouns share the form: no guess
        }
        Optional<String> article = readings.stream().map(r -> r.getPOSTag().split(":"))
                .filter(t -> t.length > 3 && t[2].equals("SIN")).map(t -> ARTICLES.get(t[3])).filter(a -> a != null).findFirst();
        if (article.isEmpty()) {
            return Optional.empty(); // plural-only nouns (die Leute) have no singular to ask for
        }
        String plural = lexicon.form(lemma, "SUB:NOM:PLU:(MAS|FEM|NEU)").orElse("");
        return Optional.of(new WordEntry.Noun(lemma, word, article.get(), plural));
    }

    private Optional<WordEntry> verb(String word) {
        List<AnalyzedToken> readings = lexicon.readings(word).stream().filter(r -> r.getPOSTag().startsWith("VER:")).toList();
        if (readings.isEmpty()) {
            return Optional.empty();
        }
        String lemma = readings.get(0).getLemma();
        if (AUXILIARIES.contains(lemma) || readings.stream().anyMatch(r -> !r.getLemma().equals(lemma))
                || readings.stream().anyMatch(r -> r.getPOSTag().startsWith("VER:MOD") || r.getPOSTag().startsWith("VER:AUX"))) {
            return Optional.empty();
        }
        List<String> participles = lexicon.forms(lemma, "VER:PA2.*");
        if (participles.isEmpty()) {
            return Optional.empty();
        }
        String participle = participles.get(0);
        boolean strongForms = readings.stream().anyMatch(r -> r.getPOSTag().endsWith(":NON"));
        boolean weakForms = readings.stream().anyMatch(r -> r.getPOSTag().endsWith(":SFT"));
        if (weakForms || !(strongForms || participle.endsWith("en"))) {
            return Optional.empty();
        }
        String auxiliary = WordLists.SEIN_VERBS.contains(lemma) ? "ist" : "hat";
        return Optional.of(new WordEntry.IrregularVerb(lemma, word, auxiliary, participle));
    }

    private static boolean nominalised(String tag) {
        return tag.endsWith(":INF") || tag.endsWith(":ADJ") || tag.contains(":ADJ:");
    }

    static List<String> lemmas(List<WordEntry> entries) {
        List<String> lemmas = new ArrayList<>();
        entries.forEach(e -> lemmas.add(e.lemma()));
        return lemmas;
    }
}
