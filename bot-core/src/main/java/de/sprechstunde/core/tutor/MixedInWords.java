package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.MistakeCategory;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.core.text.EditDistance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words in a German message that are not meant as German: English words the learner mixes in
 * ("Ich habe heute mein homework gemacht") and names ("Ich wohne mit Kevin in Leeds"). A German
 * speller knows neither, so its "correction" would be a false alarm.
 *
 * <p>English words come from {@code english-words.txt}, a curated list that the grammar module's
 * {@code EnglishWordListTest} checks against LanguageTool's German speller (no German words, no
 * likely German typos). A name is a capitalised word the speller does not know, right after a word
 * that introduces a person or a place ("mit", "in", "heiße", …): German nouns there nearly always
 * take an article ("mit dem Hund"). A long word one edit from its fix is still taken for a typo
 * ("in Deutschlant"): one edit reaches some real word by chance for short names (Leeds → Lees),
 * rarely for long ones.
 */
final class MixedInWords {

    private static final Set<String> ENGLISH = load("english-words.txt");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");
    private static final Set<String> NAME_CUES = Set.of("mit", "und", "oder", "in", "aus", "nach", "bei", "von", "für", "zu",
            "heiße", "heißt", "heißen", "heisse", "heisst", "namens", "bin", "herr", "herrn", "frau", "liebe", "lieber", "hallo", "hi",
            // apposition: "meine Freundin Sinéad", "mein Kollege Tadhg"
            "freund", "freundin", "bruder", "schwester", "mann", "sohn", "tochter", "mutter", "vater", "oma", "opa",
            "cousin", "cousine", "onkel", "tante", "kollege", "kollegin", "chef", "chefin", "lehrer", "lehrerin",
            "nachbar", "nachbarin", "partner", "partnerin");
    private static final int LONGEST_NAME_LIKE_TYPO = 5;
    private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\p{L}+)[\\s,]*$");

    private MixedInWords() {
    }

    /** The English words of the list that occur in {@code text}, any case. */
    static List<ForeignSpans.Span> english(String text) {
        List<ForeignSpans.Span> spans = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (ENGLISH.contains(word.group().toLowerCase(Locale.ROOT))) {
                spans.add(new ForeignSpans.Span(word.start(), word.end()));
            }
        }
        return spans;
    }

    /** True when {@code c} is a spelling "correction" of what is a name. */
    static boolean isName(String text, Correction c) {
        String wrong = c.wrong();
        if (!MistakeCategory.SPELLING.key().equals(c.category()) || !WORD.matcher(wrong).matches()
                || !Character.isUpperCase(wrong.codePointAt(0)) || c.start() > text.length()) {
            return false;
        }
        Matcher previous = PREVIOUS_WORD.matcher(text.substring(0, c.start()));
        if (!previous.find() || !NAME_CUES.contains(previous.group(1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return !looksLikeTypo(wrong, c.fix());
    }

    private static boolean looksLikeTypo(String wrong, String fix) {
        return wrong.length() > LONGEST_NAME_LIKE_TYPO && !fix.isEmpty()
                && EditDistance.between(wrong.toLowerCase(Locale.ROOT), fix.toLowerCase(Locale.ROOT)) <= 1;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = MixedInWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }
}
