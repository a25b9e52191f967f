package de.sprechstunde.core.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpokenTextTest {

    @Test
    void aStreamingTextHasTheSameSentencesAsTheWholeTextOnceEachIsFollowedBySpace() {
        String answer = "Sehr gut! Du hast den Satz richtig gebildet. Achte noch auf die Wortstellung im Nebensatz.";

        assertEquals(List.of("Sehr gut!", "Du hast den Satz richtig gebildet.", "Achte noch auf die Wortstellung im Nebensatz."),
                SpokenText.sentences(answer));
        assertEquals(List.of(), SpokenText.finishedSentences("Sehr gut!"));
        assertEquals(List.of("Sehr gut!"), SpokenText.finishedSentences("Sehr gut! Du"));
        assertEquals(List.of("Sehr gut!", "Du hast den Satz richtig gebildet."),
                SpokenText.finishedSentences("Sehr gut! Du hast den Satz richtig gebildet. A"));
    }

    @Test
    void sentencesShareAVoiceMessageUpToItsLength() {
        List<String> sentences = List.of("Sehr gut!", "Du hast den Satz richtig gebildet.", "Achte noch auf die Wortstellung.",
                "Möchtest du es noch einmal versuchen?");

        assertEquals(List.of(0, 0, 0, 0), SpokenText.clips(sentences, 500));
        assertEquals(List.of(0, 0, 1, 2), SpokenText.clips(sentences, 50));
        assertEquals(List.of(0, 1), SpokenText.clips(List.of("A very long sentence that is longer than the limit.", "Kurz."), 10));
    }

    @Test
    void markdownAndEmojiAreNotRead() {
        assertEquals("Das ist richtig! Weiter so.", SpokenText.clean("*Das* ist _richtig_! 🎉 Weiter so."));
        assertEquals(List.of("Hallo!"), SpokenText.sentences("👋 *Hallo!*"));
    }

    @Test
    void onlyTextWithLettersIsSpeakable() {
        assertTrue(SpokenText.speakable("Tschüss 👋"));
        assertFalse(SpokenText.speakable("👍 🎉"));
    }
}
