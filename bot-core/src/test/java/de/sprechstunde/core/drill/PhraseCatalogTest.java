package de.sprechstunde.core.drill;

import static de.sprechstunde.core.drill.Attempt.said;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.CefrLevel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhraseCatalogTest {

    private final PhraseCatalog catalog = PhraseCatalog.builtIn();
    private final PronunciationScorer scorer = new PronunciationScorer();
    private final SplittableRandom random = new SplittableRandom(7);

    @Test
    void theBuiltInSetHasAtLeastSixtyPhrasesAcrossA1ToC1() {
        assertTrue(catalog.all().size() >= 60, "phrases: " + catalog.all().size());
        for (CefrLevel level : List.of(CefrLevel.A1, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2, CefrLevel.C1)) {
            long count = catalog.all().stream().filter(p -> p.level() == level).count();
            assertTrue(count >= 10, level + " has only " + count + " phrases");
        }
    }

    @Test
    void everySoundIsTrainedAtSeveralLevels() {
        for (Sound sound : Sound.values()) {
            long levels = catalog.all().stream().filter(p -> p.sounds().contains(sound)).map(DrillPhrase::level).distinct().count();
            assertTrue(levels >= 3, sound + " is trained at " + levels + " levels");
        }
    }

    @Test
    void everyTaggedSoundCanBeFoundInAWordOfItsPhrase() {
        List<String> untraceable = new ArrayList<>();
        for (DrillPhrase phrase : catalog.all()) {
            for (Sound sound : phrase.sounds()) {
                boolean found = GermanSpelling.words(phrase.text()).stream()
                        .anyMatch(word -> SoundSpotter.spot(word).contains(sound));
                if (!found) {
                    untraceable.add(phrase.id() + " " + sound);
                }
            }
        }
        assertEquals(List.of(), untraceable);
    }

    @Test
    void aPoorAttemptBringsTheSamePhraseAgain() {
        DrillPhrase rolls = catalog.find("a1-02").orElseThrow();
        PronunciationScore poor = scorer.score(rolls.text(), said("Ich Brot").transcript());

        assertEquals(rolls, catalog.next(CefrLevel.A1, Map.of(), rolls, poor, random));
    }

    @Test
    void theNextPhraseTrainsTheSoundOfTheWordJustGotWrong() {
        DrillPhrase door = catalog.find("a1-05").orElseThrow(); // Die Tür ist offen.
        PronunciationScore close = scorer.score(door.text(), said("Die Tier ist offen").transcript());
        Map<Sound, Double> averages = new EnumMap<>(Sound.class);
        for (Sound sound : Sound.values()) {
            averages.put(sound, 70.0);
        }

        for (int i = 0; i < 20; i++) {
            DrillPhrase next = catalog.next(CefrLevel.A1, averages, door, close, random);
            assertNotEquals(door, next);
            assertTrue(next.sounds().contains(Sound.UMLAUT_UE), next.toString());
            assertTrue(next.level() == CefrLevel.A1, next.toString());
        }
    }

    @Test
    void theWeakestSoundDecidesTheFirstPhrase() {
        Map<Sound, Double> averages = new EnumMap<>(Sound.class);
        for (Sound sound : Sound.values()) {
            averages.put(sound, sound == Sound.Z ? 30.0 : 90.0);
        }

        for (int i = 0; i < 20; i++) {
            DrillPhrase first = catalog.first(CefrLevel.B1, averages, random);
            assertTrue(first.sounds().contains(Sound.Z), first.toString());
            assertTrue(first.level() == CefrLevel.A2 || first.level() == CefrLevel.B1, first.toString());
        }
    }

    @Test
    void onlyAFlawlessAttemptMayStretchToTheNextLevel() {
        DrillPhrase rolls = catalog.find("a1-02").orElseThrow();
        PronunciationScore flawless = scorer.score(rolls.text(), said(rolls.text()).transcript());
        PronunciationScore oneSlip = scorer.score(rolls.text(), said("Ich möchte zwei Brotchen bitte").transcript());

        boolean stretched = false;
        for (int i = 0; i < 200; i++) {
            stretched |= catalog.next(CefrLevel.A1, Map.of(), rolls, flawless, random).level() == CefrLevel.A2;
            assertEquals(CefrLevel.A1, catalog.next(CefrLevel.A1, Map.of(), rolls, oneSlip, random).level());
        }
        assertTrue(stretched, "a flawless A1 attempt sometimes leads to an A2 phrase");
    }
}
