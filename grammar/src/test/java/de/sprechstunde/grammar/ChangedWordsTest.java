package de.sprechstunde.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChangedWordsTest {

    @Test
    void onlyTheArticleIsShownWhenOnlyTheArticleChanges() {
        String text = "Ich spare für das Hauskauf.";
        int start = text.indexOf("für das Hauskauf");

        ChangedWords.Change change = ChangedWords.narrow(start, "für das Hauskauf", "für den Hauskauf").orElseThrow();

        assertEquals("das", change.wrong());
        assertEquals("den", change.fix());
        assertEquals("das", text.substring(change.start(), change.end()));
    }

    @Test
    void severalChangedWordsKeepTheUnchangedWordsBetweenThem() {
        ChangedWords.Change change = ChangedWords.narrow(0, "mit ein gute Freund", "mit einem guten Freund").orElseThrow();

        assertEquals("ein gute", change.wrong());
        assertEquals("einem guten", change.fix());
        assertEquals(4, change.start());
    }

    @Test
    void aWordOrderChangeKeepsTheWordsThatMove() {
        ChangedWords.Change change = ChangedWords.narrow(0, "weil ich bin krank", "weil ich krank bin").orElseThrow();

        assertEquals("bin krank", change.wrong());
        assertEquals("krank bin", change.fix());
    }

    @Test
    void aDeletionKeepsOneNeighbourSoTheFixIsNotEmpty() {
        ChangedWords.Change change = ChangedWords.narrow(0, "ich ich gehe", "ich gehe").orElseThrow();

        assertEquals("ich ich", change.wrong());
        assertEquals("ich", change.fix());
    }

    @Test
    void anInsertionKeepsTheWordItGoesBefore() {
        ChangedWords.Change change = ChangedWords.narrow(10, "gehe Schule", "gehe zur Schule").orElseThrow();

        assertEquals("Schule", change.wrong());
        assertEquals("zur Schule", change.fix());
        assertEquals(15, change.start());
    }

    @Test
    void aFixThatDeletesEverythingItMatchedStaysWhole() {
        ChangedWords.Change change = ChangedWords.narrow(4, "haben", "").orElseThrow();

        assertEquals(new ChangedWords.Change(4, 9, "haben", ""), change);
    }

    @Test
    void anInsertionAtTheEndKeepsTheWordBefore() {
        ChangedWords.Change change = ChangedWords.narrow(0, "ich komme", "ich komme mit").orElseThrow();

        assertEquals("komme", change.wrong());
        assertEquals("komme mit", change.fix());
    }

    @Test
    void aOneWordFixIsKeptAsItIs() {
        ChangedWords.Change change = ChangedWords.narrow(3, "Kantiene", "Kantine").orElseThrow();

        assertEquals(new ChangedWords.Change(3, 11, "Kantiene", "Kantine"), change);
    }

    @Test
    void aFixThatChangesNothingIsNoCorrection() {
        assertTrue(ChangedWords.narrow(0, "ein Hund", "ein Hund").isEmpty());
    }

    @Test
    void aChangeOnlyInSpacingIsKept() {
        ChangedWords.Change change = ChangedWords.narrow(0, "zu Hause", "zuhause").orElseThrow();

        assertEquals("zu Hause", change.wrong());
        assertEquals("zuhause", change.fix());
    }
}
