package de.sprechstunde.grammar.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.sprechstunde.core.learning.WordEntry;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.Languages;

class LanguageToolVocabularyTest {

    private static LanguageToolVocabulary vocabulary;

    @BeforeAll
    static void load() {
        vocabulary = new LanguageToolVocabulary(new Lexicon(Languages.getLanguageForShortCode("de-DE")));
    }

    @Test
    void findsNounsWithArticleAndPlural() {
        assertEquals(List.of(new WordEntry.Noun("Bahnhof", "Bahnhof", "der", "Bahnhöfe")),
                vocabulary.find("Ich warte am Bahnhof."));
        assertEquals(List.of(new WordEntry.Noun("Mädchen", "Mädchen", "das", "Mädchen")),
                vocabulary.find("Das Mädchen lacht."));
    }

    @Test
    void findsIrregularVerbsWithAuxiliaryAndParticiple() {
        assertEquals(List.of(new WordEntry.IrregularVerb("gehen", "ging", "ist", "gegangen")), vocabulary.find("er ging"));
        assertEquals(List.of(new WordEntry.IrregularVerb("bringen", "brachte", "hat", "gebracht")), vocabulary.find("sie brachte"));
        assertEquals(List.of(new WordEntry.IrregularVerb("kommen", "kam", "ist", "gekommen")), vocabulary.find("er kam"));
    }

    @Test
    void leavesOutRegularVerbsNamesNominalisationsAuxiliariesAndSentenceStarts() {
        assertEquals(List.of(), vocabulary.find("Gestern machte ich das, wir sind in Berlin. Das Schwimmen war toll, sagte der Deutsche."));
    }

    @Test
    void eachLemmaOnceInOrder() {
        assertEquals(List.of("Bahnhof", "gehen", "Zug"),
                LanguageToolVocabulary.lemmas(vocabulary.find("Am Bahnhof ging ich zum Zug, dann zum Bahnhof zurück und ging.")));
    }
}
