package de.sprechstunde.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.sprechstunde.core.text.EditDistance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.language.German;
import org.languagetool.rules.de.GermanSpellerRule;

/**
 * Keeps bot-core's list of English words that are not spell-checked as German honest, against
 * LanguageTool's own German speller: no word on it is German (lower case or capitalised), and none
 * looks like a German typo — the speller's first suggestion with the same first letter one edit
 * away, two for words of seven letters or more ("Hunt" for "Hund", "theatre" for "Theater") — so such a typo is never taken for
 * English and its correction never lost. Typos rarely change the first letter.
 */
class EnglishWordListTest {

    static List<String> listed() throws IOException {
        List<String> words = new ArrayList<>();
        try (InputStream in = EnglishWordListTest.class.getResourceAsStream("/de/sprechstunde/core/tutor/english-words.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(words::add);
        }
        return words;
    }

    @Test
    void noListedWordIsGermanOrOneLetterFromAGermanWord() throws IOException {
        GermanSpellerRule speller = new GermanSpellerRule(JLanguageTool.getMessageBundle(),
                (German) Languages.getLanguageForShortCode("de-DE"));
        List<String> german = new ArrayList<>();
        for (String word : listed()) {
            String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            for (String form : List.of(word, capitalised)) {
                if (!speller.isMisspelled(form) || nearGermanWord(speller, form)) {
                    german.add(form);
                }
            }
        }
        assertEquals(List.of(), german, "German words or one letter from one; take them off english-words.txt");
    }

    private static boolean nearGermanWord(GermanSpellerRule speller, String form) throws IOException {
        List<String> suggestions = speller.getSuggestions(form);
        if (suggestions.isEmpty()) {
            return false;
        }
        String first = suggestions.get(0).toLowerCase(Locale.ROOT);
        String word = form.toLowerCase(Locale.ROOT);
        // short words are one edit from many words by chance; long ones two edits from a relative
        int near = word.length() >= 7 ? 2 : 1;
        return first.charAt(0) == word.charAt(0) && EditDistance.between(first, word) <= near;
    }
}
