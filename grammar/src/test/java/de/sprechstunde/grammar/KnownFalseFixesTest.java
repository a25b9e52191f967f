package de.sprechstunde.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.port.Correction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** False fixes seen on learner essays (issue 11), each fixed where it came from. */
class KnownFalseFixesTest {

    private final LanguageToolChecker checker = WarmCheckers.full();
    private final LanguageToolChecker shipped = WarmCheckers.shipped();

    @Test
    void aFrontedObjectBeforeTheVerbIsNotTakenForTheSubject() {
        assertEquals(List.of(), checker.check("Diesen Kuchen hat meine Oma gebacken.", CefrLevel.B1));
        assertEquals(List.of(), checker.check("Den Film haben wir gestern gesehen.", CefrLevel.B1));
    }

    @Test
    void theShippedCheckerShowsNoneOfTheThreeFalseFixes() {
        assertEquals(List.of(), shipped.check("Diesen Kuchen hat meine Oma gebacken.", CefrLevel.B1));
        assertTrue(shipped.check("Die Stadt hat meine Eltern sehr gut gefallen.", CefrLevel.B1).stream()
                .noneMatch(c -> c.fix().equals("ist")));
        assertTrue(shipped.check("Ich spiele oft mit unsere Nachbarn.", CefrLevel.A2).stream()
                .noneMatch(c -> c.fix().contains("unserem")));
    }

    @Test
    void aWrongSubjectArticleBeforeTheVerbIsStillCorrected() {
        List<Correction> found = checker.check("Den Hund ist sehr groß.", CefrLevel.A2);

        assertEquals(List.of("Der"), found.stream().map(Correction::fix).toList(), found.toString());
    }

    @Test
    void gefallenIsNotReadAsTheParticipleOfFallen() {
        List<Correction> found = checker.check("Die Stadt hat mir sehr gut gefallen.", CefrLevel.B1);

        assertEquals(List.of(), found);
    }

    @Test
    void theDativeObjectOfGefallenIsCorrectedInsteadOfTheAuxiliary() {
        List<Correction> found = checker.check("Die Stadt hat meine Eltern sehr gut gefallen.", CefrLevel.B1);

        assertEquals(1, found.size(), found.toString());
        assertEquals("meine", found.get(0).wrong());
        assertEquals("meinen", found.get(0).fix());
        assertEquals("case", found.get(0).category());
    }

    @Test
    void aDativeObjectThatIsRightIsLeftAlone() {
        assertEquals(List.of(), checker.check("Das Buch hat meinem Bruder gut gefallen.", CefrLevel.B1));
        assertEquals(List.of(), checker.check("Ich helfe meiner Mutter.", CefrLevel.A2));
    }

    @Test
    void aVerbThatOnlyTakesSeinStillGetsIt() {
        List<Correction> found = checker.check("Ich habe nach Berlin gefahren.", CefrLevel.A2);

        assertEquals(List.of("bin"), found.stream().map(Correction::fix).toList(), found.toString());
    }

    @Test
    void aPluralAfterAPrepositionStaysPlural() {
        List<Correction> found = checker.check("Ich spiele oft mit unsere Nachbarn.", CefrLevel.A2);

        assertEquals(1, found.size(), found.toString());
        assertEquals("unsere", found.get(0).wrong());
        assertEquals("unseren", found.get(0).fix());
    }
}
