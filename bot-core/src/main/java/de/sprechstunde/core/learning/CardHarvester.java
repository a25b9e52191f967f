package de.sprechstunde.core.learning;

import de.sprechstunde.core.drill.DrillPhrase;
import de.sprechstunde.core.drill.PhraseCatalog;
import de.sprechstunde.core.drill.PronunciationScore;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.metrics.BotMetrics;
import de.sprechstunde.core.port.Correction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes cards from what happens in lessons: a cloze of the learner's own corrected sentence per
 * correction, nouns and irregular verbs the dictionary finds in a turn (a few per turn, none far
 * below the learner's level, each lemma once), and the weakest word of a drill phrase scored below
 * the retry threshold. Harvesting never fails a turn: a store error is logged and the turn goes on.
 */
public final class CardHarvester {

    public static final int MAX_CLOZES_PER_TURN = 3;
    public static final int MAX_WORDS_PER_TURN = 2;
    /** A fix longer than this many words makes a cloze that tests memory of a whole phrase, not a form. */
    private static final int MAX_GAP_WORDS = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> ARTICLES = Set.of("der", "die", "das");

    private static final Logger log = LoggerFactory.getLogger(CardHarvester.class);

    private final CardStore cards;
    private final Vocabulary vocabulary;
    private final BasicWords basic;
    private final BotMetrics metrics;
    private final Clock clock;

    public CardHarvester(CardStore cards, Vocabulary vocabulary, BasicWords basic, BotMetrics metrics, Clock clock) {
        this.cards = cards;
        this.vocabulary = vocabulary;
        this.basic = basic;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** One cloze card per correction (at most {@value #MAX_CLOZES_PER_TURN}). @return how many were added */
    public int fromCorrections(LearnerProfile learner, String text, List<Correction> corrections) {
        List<Correction> sorted = corrections.stream().sorted(Comparator.comparingInt(Correction::start)).toList();
        int added = 0;
        for (Correction c : sorted) {
            if (added == MAX_CLOZES_PER_TURN) {
                break;
            }
            Optional<Card> card = cloze(learner, text, sorted, c);
            if (card.isPresent() && add(card.get())) {
                added++;
            }
        }
        metrics.cardsAdded("correction", added);
        return added;
    }

    /** Nouns and irregular verbs of the learner's text, then of the tutor's answer. @return how many were added */
    public int fromWords(LearnerProfile learner, String learnerText, String tutorAnswer) {
        int added = 0;
        for (String text : List.of(learnerText, tutorAnswer)) {
            for (WordEntry entry : vocabulary.find(text)) {
                if (added == MAX_WORDS_PER_TURN) {
                    break;
                }
                if (!basic.farBelow(entry.lemma(), learner.level()) && add(wordCard(learner, entry, sentenceWith(text, entry.form())))) {
                    metrics.cardsAdded(entry instanceof WordEntry.Noun ? "noun" : "verb", 1);
                    added++;
                }
            }
        }
        return added;
    }

    /** A cloze of the phrase's first word to retry when the attempt scored below the retry threshold. */
    public int fromDrill(LearnerProfile learner, DrillPhrase phrase, PronunciationScore score) {
        if (score.overall() >= PhraseCatalog.REPEAT_BELOW || score.wordsToRetry().isEmpty()) {
            return 0;
        }
        String word = score.wordsToRetry().get(0);
        Matcher m = Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})").matcher(phrase.text());
        if (!m.find()) {
            return 0;
        }
        String prompt = phrase.text().substring(0, m.start()) + "___" + phrase.text().substring(m.end());
        Card card = Card.create(learner.id(), CardKind.PHRASE, prompt, m.group(), phrase.text(), "drill",
                "phrase:" + phrase.id() + ":" + m.group(), clock.instant());
        int added = add(card) ? 1 : 0;
        metrics.cardsAdded("drill", added);
        return added;
    }

    /**
     * {@code /add}: a single word becomes a noun or verb card when the dictionary knows it, else a
     * card asking for the word from its first and last letters; a sentence becomes a cloze of its
     * first dictionary word (else its longest word).
     */
    public Added fromLearner(LearnerProfile learner, String text) {
        String[] words = text.split("\\s+");
        if (words.length == 2 && ARTICLES.contains(lower(words[0]))) {
            words = new String[] {words[1]}; // "der Bahnhof" is the noun, not a sentence
        }
        List<WordEntry> entries = vocabulary.find(words.length == 1 ? words[0] : text);
        Card card;
        if (words.length == 1) {
            String word = words[0].replaceAll("^\\P{L}+|\\P{L}+$", "");
            card = entries.isEmpty()
                    ? Card.create(learner.id(), CardKind.WORD, hint(word), word, "", "added", "word:" + word, clock.instant())
                    : wordCard(learner, entries.get(0), "");
        } else {
            String gap = entries.stream().map(WordEntry::form).findFirst().orElseGet(() -> longestWord(text));
            int at = text.indexOf(gap);
            String prompt = text.substring(0, at) + "___" + text.substring(at + gap.length());
            card = Card.create(learner.id(), CardKind.CLOZE, prompt, gap, text, "added", "cloze:" + text + "|" + gap, clock.instant());
        }
        // unlike harvesting, the learner asked for this card: a store failure reaches them (AddCommand says so)
        boolean added = cards.add(card);
        if (added) {
            metrics.cardsAdded("learner", 1);
        }
        return new Added(card, added);
    }

    /** What {@code /add} made, and whether it is new (false: the learner had it already). */
    public record Added(Card card, boolean added) {
    }

    private Optional<Card> cloze(LearnerProfile learner, String text, List<Correction> all, Correction target) {
        if (target.deletion() || !LETTER.matcher(target.fix()).find() || letters(target.fix()).equals(letters(target.wrong()))
                || target.fix().strip().split("\\s+").length > MAX_GAP_WORDS || target.end() > text.length()) {
            return Optional.empty();
        }
        int start = sentenceStart(text, target.start());
        int end = sentenceEnd(text, target.end());
        StringBuilder corrected = new StringBuilder();
        int gapStart = -1;
        int gapEnd = -1;
        int position = start;
        for (Correction c : all) {
            if (c.start() < position || c.end() > end) {
                continue; // another sentence, or overlapping one already applied
            }
            corrected.append(text, position, c.start());
            if (c == target) {
                gapStart = corrected.length();
            }
            corrected.append(c.fix());
            if (c == target) {
                gapEnd = corrected.length();
            }
            position = c.end();
        }
        if (gapStart < 0) {
            return Optional.empty();
        }
        corrected.append(text, position, end);
        String sentence = corrected.toString();
        String prompt = (sentence.substring(0, gapStart) + "___" + sentence.substring(gapEnd)).strip();
        String answer = sentence.substring(gapStart, gapEnd).strip();
        String source = sentence.strip();
        return Optional.of(Card.create(learner.id(), CardKind.CLOZE, prompt, answer, source, target.category(),
                "cloze:" + source + "|" + answer, clock.instant()));
    }

    private Card wordCard(LearnerProfile learner, WordEntry entry, String source) {
        if (entry instanceof WordEntry.Noun noun) {
            return Card.create(learner.id(), CardKind.NOUN, noun.lemma(),
                    noun.article() + " " + noun.lemma() + (noun.plural().isBlank() ? "" : ", die " + noun.plural()),
                    source, "noun", "word:" + noun.lemma(), clock.instant());
        }
        WordEntry.IrregularVerb verb = (WordEntry.IrregularVerb) entry;
        return Card.create(learner.id(), CardKind.VERB, verb.lemma(), verb.auxiliary() + " " + verb.participle(), source,
                "verb", "word:" + verb.lemma(), clock.instant());
    }

    private boolean add(Card card) {
        try {
            return cards.add(card);
        } catch (RuntimeException e) {
            log.warn("could not store a card for {}: {}", card.learner(), e.toString());
            return false;
        }
    }

    private static int sentenceStart(String text, int from) {
        for (int i = from - 1; i >= 0; i--) {
            if (SENTENCE_END.matcher(String.valueOf(text.charAt(i))).matches()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int from) {
        Matcher m = SENTENCE_END.matcher(text);
        return m.find(from) ? (text.charAt(m.start()) == '\n' ? m.start() : m.start() + 1) : text.length();
    }

    private static String sentenceWith(String text, String form) {
        int at = text.indexOf(form);
        if (at < 0) {
            return "";
        }
        return text.substring(sentenceStart(text, at), sentenceEnd(text, at)).strip();
    }

    // what is left of a fix without its punctuation and spacing: equal means only punctuation changed
    private static String letters(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String longestWord(String text) {
        String longest = "";
        for (String word : text.split("[^\\p{L}]+")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest;
    }

    private static String hint(String word) {
        if (word.length() <= 2) {
            return word.charAt(0) + "… (" + word.length() + ")";
        }
        return word.charAt(0) + "…" + word.charAt(word.length() - 1) + " (" + word.length() + ")";
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.GERMAN);
    }
}
