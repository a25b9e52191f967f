package de.sprechstunde.core.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.sprechstunde.core.drill.DrillPhrase;
import de.sprechstunde.core.drill.PronunciationScore;
import de.sprechstunde.core.drill.WordScore;
import de.sprechstunde.core.drill.WordStatus;
import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.memory.InMemoryCardStore;
import de.sprechstunde.core.metrics.BotMetrics;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.core.testing.ScriptedGrammarChecker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CardHarvesterTest {

    private final MutableClock clock = MutableClock.startingAt("2026-12-01T10:00:00Z");
    private final InMemoryCardStore cards = new InMemoryCardStore();
    private final LearnerProfile a2 = LearnerProfile.newLearner(Messages.lena().learner(), "Lena", clock.instant());
    private final LearnerProfile b1 = a2.withLevel(CefrLevel.B1);
    private final Vocabulary dictionary = text -> List.<WordEntry>of(
            new WordEntry.Noun("Haus", "Haus", "das", "Häuser"),
            new WordEntry.Noun("Bahnhof", "Bahnhof", "der", "Bahnhöfe"),
            new WordEntry.IrregularVerb("gehen", "ging", "ist", "gegangen"),
            new WordEntry.Noun("Fahrkarte", "Fahrkarte", "die", "Fahrkarten")).stream()
            .filter(e -> text.contains(e.form())).toList();
    private final CardHarvester harvester = new CardHarvester(cards, dictionary, BasicWords.builtIn(),
            new BotMetrics(new SimpleMeterRegistry()), clock);

    @Test
    void eachCorrectionBecomesAClozeOfItsOwnCorrectedSentence() {
        String text = "Gestern habe ich ins Kino gegangen. Ich fahre mit der Bus und kaufe ein schöne Buch.";
        List<Correction> found = List.of(ScriptedGrammarChecker.rule(text, "habe", "bin", "auxiliary"),
                ScriptedGrammarChecker.rule(text, "der Bus", "dem Bus", "case"),
                ScriptedGrammarChecker.rule(text, "schöne", "schönes", "adjective-ending"));

        assertEquals(3, harvester.fromCorrections(a2, text, found));

        List<Card> made = cards.newest(a2.id(), 3).stream().sorted(java.util.Comparator.comparing(Card::tag)).toList();
        assertEquals("Ich fahre mit dem Bus und kaufe ein ___ Buch.", made.get(0).prompt());
        assertEquals("schönes", made.get(0).answer());
        assertEquals("Gestern ___ ich ins Kino gegangen.", made.get(1).prompt());
        assertEquals("Ich fahre mit ___ und kaufe ein schönes Buch.", made.get(2).prompt());
        assertEquals("dem Bus", made.get(2).answer());
        assertEquals("Ich fahre mit dem Bus und kaufe ein schönes Buch.", made.get(2).source());
    }

    @Test
    void deletionsPunctuationAndLongRewritesMakeNoCloze() {
        String text = "Ich bin bin müde, weil ich arbeite viel";
        List<Correction> found = List.of(ScriptedGrammarChecker.rule(text, "bin ", "", "other"),
                ScriptedGrammarChecker.rule(text, "müde,", "müde.", "other"),
                ScriptedGrammarChecker.rule(text, "weil ich arbeite viel", "weil ich sehr viel arbeite", "word-order"));

        assertEquals(0, harvester.fromCorrections(a2, text, found));
    }

    @Test
    void wordsComeWithArticlePluralOrParticipleAtMostTwoPerTurn() {
        assertEquals(2, harvester.fromWords(a2, "Ich ging zum Bahnhof.", "Hast du eine Fahrkarte?"));

        assertEquals(List.of("der Bahnhof, die Bahnhöfe", "ist gegangen"),
                cards.newest(a2.id(), 5).stream().map(Card::answer).sorted().toList());
        cards.newest(a2.id(), 5).forEach(card -> assertEquals("Ich ging zum Bahnhof.", card.source()));
    }

    @Test
    void wordsAreAddedOncePerLemmaAndNotWhenFarBelowTheLearner() {
        assertEquals(1, harvester.fromWords(b1, "Das Haus und die Fahrkarte.", ""), "Haus is A1: skipped at B1");
        assertEquals(0, harvester.fromWords(b1, "Die Fahrkarte ist neu.", ""), "Fahrkarte is known already");
        assertEquals(1, harvester.fromWords(a2, "Ein Haus.", ""), "for an A2 learner Haus is worth a card");
    }

    @Test
    void aDrillPhraseScoredBelowTheRetryThresholdBlanksItsFirstWordToRetry() {
        DrillPhrase phrase = new DrillPhrase("a1-ue-01", "Die Tür ist grün.", "The door is green.", CefrLevel.A1, Set.of(de.sprechstunde.core.drill.Sound.UMLAUT_UE));
        PronunciationScore poor = new PronunciationScore(55, 50, 100, OptionalInt.empty(), List.of(
                new WordScore("Die", "die", WordStatus.CORRECT, 95), new WordScore("Tür", "Tier", WordStatus.MISPRONOUNCED, 30),
                new WordScore("ist", "ist", WordStatus.CORRECT, 90), new WordScore("grün", "grün", WordStatus.CORRECT, 80)));
        PronunciationScore fine = new PronunciationScore(85, 85, 100, OptionalInt.empty(), poor.words());

        assertEquals(0, harvester.fromDrill(a2, phrase, fine));
        assertEquals(1, harvester.fromDrill(a2, phrase, poor));

        Card card = cards.newest(a2.id(), 1).get(0);
        assertEquals(CardKind.PHRASE, card.kind());
        assertEquals("Die ___ ist grün.", card.prompt());
        assertEquals("Tür", card.answer());
        assertEquals("drill", card.tag());
    }
}
