package de.sprechstunde.core.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpokenTextTest {

    @Test
    void theFirstSentenceIsSpokenAloneSoItsAudioComesFirst() {
        String answer = "Sehr gut! Du hast den Satz richtig gebildet. Achte noch auf die Wortstellung im Nebensatz. "
                + "Möchtest du es noch einmal versuchen?";

        List<String> chunks = SpokenText.chunks(answer, 80);

        assertEquals("Sehr gut!", chunks.get(0));
        assertEquals(List.of("Sehr gut!", "Du hast den Satz richtig gebildet. Achte noch auf die Wortstellung im Nebensatz.",
                "Möchtest du es noch einmal versuchen?"), chunks);
    }

    @Test
    void markdownAndEmojiAreNotRead() {
        assertEquals("Das ist richtig! Weiter so.", SpokenText.clean("*Das* ist _richtig_! 🎉 Weiter so."));
        assertEquals(List.of("Hallo!"), SpokenText.chunks("👋 *Hallo!*", 240));
    }

    @Test
    void onlyTextWithLettersIsSpeakable() {
        assertTrue(SpokenText.speakable("Tschüss 👋"));
        assertFalse(SpokenText.speakable("👍 🎉"));
    }
}
