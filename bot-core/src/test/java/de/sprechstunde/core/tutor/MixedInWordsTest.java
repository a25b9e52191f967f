package de.sprechstunde.core.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.memory.InMemoryProgressStore;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.core.port.GrammarChecker;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MixedInWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ich wohne mit Kevin in Leeds.|Leeds|Lees",
            "Ich heiße Siobhan.|Siobhan|Stephan",
            "Mein Freund und Tadhg spielen Fußball.|Tadhg|Tag",
            "Am Wochenende fahre ich nach Ljubljana.|Ljubljana|Laibach"})
    void aCapitalisedUnknownWordAfterMitInHeißeIsAName(String text, String word, String fix) {
        assertTrue(MixedInWords.isName(text, spelling(text, word, fix)), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ich habe einen Hunt.|Hunt|Hund",
            "Ich trinke gerne Kafee.|Kafee|Kaffee",
            "Ich wohne in Deutschlant.|Deutschlant|Deutschland",
            "Wir fahren mit dem Fahrat.|Fahrat|Fahrrad",
            "Ich spiele mit meiner Schwesster.|Schwesster|Schwester",
            "Leeds ist schön, aber ich wohne in Berlin.|Leeds|Lees"})
    void aGermanTypoIsNoName(String text, String word, String fix) {
        assertFalse(MixedInWords.isName(text, spelling(text, word, fix)), text);
    }

    @Test
    void ordinaryGermanWordsAreNotOnTheEnglishList() {
        String text = "Ich habe gestern mit meinem Bruder Fußball gespielt und danach Kuchen gegessen.";
        assertEquals(List.of(), MixedInWords.english(text));
    }

    @Test
    void anEnglishWordAndANameGetNoCorrectionAndCountNothingWhileRealTyposDo() {
        InMemoryProgressStore progress = new InMemoryProgressStore();
        ScriptedChatModel model = new ScriptedChatModel().defaultAnswer("Toll!");
        GrammarChecker checker = (text, level) -> {
            List<Correction> found = new ArrayList<>();
            for (String[] pair : new String[][] {{"homework", "Homewor"}, {"Leeds", "Lees"}, {"Kafee", "Kaffee"}}) {
                if (text.contains(pair[0])) {
                    found.add(spelling(text, pair[0], pair[1]));
                }
            }
            return found;
        };
        try (TutorBot bot = new TutorBotBuilder(model).grammar(checker).progress(progress).build()) {
            RecordingReplySink english = new RecordingReplySink();
            bot.receive(Messages.lena().text("Ich habe heute mein homework gemacht."), english).join();
            RecordingReplySink name = new RecordingReplySink();
            bot.receive(Messages.lena().text("2", "Ich wohne mit Kevin in Leeds."), name).join();
            assertEquals(List.of("Toll!"), english.texts());
            assertEquals(List.of("Toll!"), name.texts());
            assertEquals(0, progress.load(Messages.lena().learner()).mistakesByDay().size(), "nothing counted");

            RecordingReplySink typo = new RecordingReplySink();
            bot.receive(Messages.lena().text("3", "Ich trinke gerne Kafee."), typo).join();
            assertTrue(typo.texts().get(0).contains("Kaffee"), typo.texts().toString());
        }
    }

    private static Correction spelling(String text, String word, String fix) {
        int at = text.indexOf(word);
        return new Correction(at, at + word.length(), word, fix, "spelling", "SPELLER", Map.of(ExplanationLanguage.ENGLISH, "Spelling."));
    }
}
