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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForeignSpansTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Wie sagt man 'cat' auf Deutsch?|cat",
            "Wie sagt man cat auf Deutsch?|cat",
            "What is hangover in German?|hangover",
            "Was heißt \"instructions\" auf Deutsch?|instructions",
            "Was bedeutet Feierabend?|Feierabend",
            "How do you say hangover in German?|hangover",
            "What does Schadenfreude mean?|Schadenfreude",
            "Mein Lieblingsbuch heißt „Der kleine Prinz“.|Prinz",
            "Er sagte «bonjour» zu mir.|bonjour",
            "Schau mal auf https://example.org/wrtbuch hier.|wrtbuch",
            "Schreib mir an anna.muelller@example.org bitte.|muelller",
            "Frag @tommi_92 danach.|tommi",
            "Der Befehl `git comit` geht nicht.|comit",
            // English words of MixedInWords' list, in any case
            "Ich habe heute mein homework gemacht.|homework",
            "Ich habe mein Homework vergessen.|Homework",
            "Morgen habe ich ein appointment beim Arzt.|appointment",
            "Das war echt annoying!|annoying",
            "Meine grandmother wohnt in Köln.|grandmother"})
    void theLearnersOwnGermanIsNotInTheseParts(String text, String word) {
        int at = text.indexOf(word);
        assertTrue(ForeignSpans.in(text).stream().anyMatch(span -> span.overlaps(at, at + word.length())), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Wie geht's dir heute?|heute",
            "Ich habe gestern mit mein Freund gespielt.|mein",
            "Was ist dein Lieblingsessen? Ich mag Pitza.|Pitza",
            "Das ist Annas Buch, nicht Toms.|Buch",
            "Was ist mit dein Auto los?|dein"})
    void ordinaryGermanIsStillTheLearners(String text, String word) {
        int at = text.indexOf(word);
        assertFalse(ForeignSpans.in(text).stream().anyMatch(span -> span.overlaps(at, at + word.length())), text);
    }

    @Test
    void aQuotedEnglishWordIsNeitherCorrectedNorCounted() {
        InMemoryProgressStore progress = new InMemoryProgressStore();
        ScriptedChatModel model = new ScriptedChatModel().defaultAnswer("Auf Deutsch sagt man „die Katze“.");
        try (TutorBot bot = new TutorBotBuilder(model).grammar(flagging("cat", "CAT")).progress(progress).build()) {
            RecordingReplySink sink = new RecordingReplySink();
            bot.receive(Messages.lena().text("Wie sagt man 'cat' auf Deutsch?"), sink).join();

            assertEquals(List.of("Auf Deutsch sagt man „die Katze“."), sink.texts());
            assertEquals(0, progress.load(Messages.lena().learner()).mistakesByDay().size());
        }
    }

    @Test
    void anAcronymIsNeverOfferedForAWordTheSpellerDoesNotKnow() {
        ScriptedChatModel model = new ScriptedChatModel().defaultAnswer("Schön!");
        try (TutorBot bot = new TutorBotBuilder(model).grammar(flagging("cat", "CAT")).build()) {
            RecordingReplySink sink = new RecordingReplySink();
            bot.receive(Messages.lena().text("Meine cat heißt Mimi."), sink).join();

            assertEquals(List.of("Schön!"), sink.texts());
        }
    }

    /** A checker that flags every occurrence of {@code word} as a spelling mistake. */
    private static GrammarChecker flagging(String word, String fix) {
        return (text, level) -> {
            List<Correction> found = new ArrayList<>();
            Matcher matcher = Pattern.compile("\\b" + word + "\\b").matcher(text);
            while (matcher.find()) {
                found.add(new Correction(matcher.start(), matcher.end(), word, fix, "spelling", "SPELLER",
                        Map.of(ExplanationLanguage.ENGLISH, "Spelling.")));
            }
            return found;
        };
    }
}
