package de.sprechstunde.grammar;

import de.sprechstunde.core.text.EditDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.AbstractPatternRule;

/**
 * What the correction filter knows about one correction: which rule found it, what it changes, the
 * word classes around it, and how much else was found in the message. Names only, so the model
 * file stays readable; the same code computes them when training and when checking.
 */
final class CorrectionFeatures {

    private CorrectionFeatures() {
    }

    private static final Set<String> CLOSED_CLASSES = Set.of("ART", "PRO", "PRP", "KON", "ZUS", "NEG");

    static List<String> of(RuleMatch match, ChangedWords.Change change, String ruleKey, int correctionsInText) {
        List<String> features = new ArrayList<>();
        String rule = match.getRule().getId();
        String wrong = change.wrong().toLowerCase(Locale.GERMAN);
        String fix = change.fix().toLowerCase(Locale.GERMAN);
        features.add("bias");
        features.add("rule=" + rule);
        features.add("key=" + ruleKey);
        features.add("category=" + match.getRule().getCategory().getId());
        int wrongWords = words(change.wrong());
        int fixWords = words(change.fix());
        String words = Math.min(wrongWords, 3) + ">" + Math.min(fixWords, 3);
        features.add("words=" + words);
        features.add("rule=" + rule + "|words=" + words);
        boolean caseOnly = change.wrong().equalsIgnoreCase(change.fix());
        features.add("caseOnly=" + caseOnly);
        features.add("rule=" + rule + "|caseOnly=" + caseOnly);
        int distance = Math.min(EditDistance.between(wrong, fix), 4);
        features.add("distance=" + distance);
        features.add("rule=" + rule + "|distance=" + distance);
        if (match.getRule() instanceof AbstractPatternRule pattern && !pattern.getFullId().equals(rule)) {
            features.add("sub=" + pattern.getFullId());
        }
        String edit = edit(wrong, fix);
        features.add("edit=" + edit);
        features.add("rule=" + rule + "|edit=" + edit);
        features.add("capitalised=" + (!change.wrong().isEmpty() && Character.isUpperCase(change.wrong().charAt(0))));
        int suggestions = match.getSuggestedReplacements().size();
        features.add("suggestions=" + (suggestions <= 1 ? "1" : suggestions <= 3 ? "2-3" : "4+"));
        features.add("found=" + (correctionsInText <= 1 ? "1" : correctionsInText <= 2 ? "2" : correctionsInText <= 4 ? "3-4" : "5+"));
        AnalyzedSentence sentence = match.getSentence();
        if (sentence != null) {
            addContext(features, rule, wrong, fix, sentence, change.start() - sentenceOffset(match));
        }
        return features;
    }

    private static int sentenceOffset(RuleMatch match) {
        return match.getFromPosSentence() >= 0 ? match.getFromPos() - match.getFromPosSentence() : 0;
    }

    private static void addContext(List<String> features, String rule, String wrong, String fix, AnalyzedSentence sentence,
            int start) {
        AnalyzedTokenReadings[] tokens = sentence.getTokensWithoutWhitespace();
        int at = -1;
        for (int i = 1; i < tokens.length; i++) {
            if (tokens[i].getStartPos() <= start && start < tokens[i].getEndPos()) {
                at = i;
                break;
            }
        }
        int length = tokens.length - 1;
        features.add("length=" + (length <= 5 ? "5" : length <= 10 ? "10" : length <= 20 ? "20" : length <= 40 ? "40" : "more"));
        if (at < 0) {
            features.add("token=unknown");
            return;
        }
        String here = wordClass(tokens[at]);
        if (closedClass(here)) {
            // the words themselves only for articles, pronouns, prepositions and conjunctions: nouns and
            // verbs would tie the filter to the topics of the essays it was trained on
            features.add("wrong=" + wrong);
            features.add("fix=" + fix);
            features.add("change=" + wrong + ">" + fix);
            features.add("rule=" + rule + "|wrong=" + wrong);
        }
        features.add("class=" + here);
        features.add("rule=" + rule + "|class=" + here);
        String previous = at == 1 ? "START" : wordClass(tokens[at - 1]);
        String next = at + 1 >= tokens.length ? "END" : wordClass(tokens[at + 1]);
        features.add("previous=" + previous);
        features.add("next=" + next);
        features.add("rule=" + rule + "|previous=" + previous);
        features.add("rule=" + rule + "|next=" + next);
        if (at == 1 || closedClass(wordClass(tokens[at - 1]))) {
            features.add("previousWord=" + (at == 1 ? "START" : tokens[at - 1].getToken().toLowerCase(Locale.GERMAN)));
        }
        String position = at == 1 ? "first" : at + 1 >= tokens.length ? "last" : "inside";
        features.add("position=" + position);
        features.add("rule=" + rule + "|position=" + position);
    }

    /**
     * What kind of edit the fix makes, by what is left once the common beginning and end are taken
     * away: an ending („neuen“ → „neuem“: "end:n>m"), umlaut or ß, joining or splitting words, or a
     * change of at most three letters ("inner:2>1"); "other" beyond that. Endings are grammar
     * (case, agreement, plural), not the essays' topics.
     */
    static String edit(String wrong, String fix) {
        if (wrong.equals(fix)) {
            return "case";
        }
        if (wrong.replace(" ", "").equals(fix.replace(" ", "")) && !wrong.equals(fix)) {
            return wrong.contains(" ") ? "join" : "split";
        }
        if (umlautless(wrong).equals(umlautless(fix))) {
            return "umlaut";
        }
        int prefix = 0;
        while (prefix < wrong.length() && prefix < fix.length() && wrong.charAt(prefix) == fix.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < wrong.length() - prefix && suffix < fix.length() - prefix
                && wrong.charAt(wrong.length() - 1 - suffix) == fix.charAt(fix.length() - 1 - suffix)) {
            suffix++;
        }
        String from = wrong.substring(prefix, wrong.length() - suffix);
        String to = fix.substring(prefix, fix.length() - suffix);
        if (from.length() > 3 || to.length() > 3 || from.contains(" ") || to.contains(" ")) {
            return "other";
        }
        return suffix == 0 && prefix > 0 ? "end:" + from + ">" + to : "inner:" + from.length() + ">" + to.length();
    }

    private static String umlautless(String word) {
        return word.replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss");
    }

    /** Whether all the word's classes are closed ones (no noun, verb, adjective or unknown word). */
    private static boolean closedClass(String classes) {
        return java.util.Arrays.stream(classes.split("\\+")).allMatch(CLOSED_CLASSES::contains);
    }

    /** The word classes LanguageTool gives a word ("SUB", "ADJ+VER", "UNKNOWN" for none). */
    private static String wordClass(AnalyzedTokenReadings token) {
        TreeSet<String> classes = new TreeSet<>();
        for (AnalyzedToken reading : token.getReadings()) {
            String tag = reading.getPOSTag();
            if (tag != null && !tag.isEmpty() && !tag.startsWith("SENT_") && !tag.equals("UNKNOWN")) {
                int colon = tag.indexOf(':');
                classes.add(colon < 0 ? tag : tag.substring(0, colon));
            }
        }
        return classes.isEmpty() ? (token.getToken().matches("\\p{Punct}+") ? "PUNCT" : "UNKNOWN") : String.join("+", classes);
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
