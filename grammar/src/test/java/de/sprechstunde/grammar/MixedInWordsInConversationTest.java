package de.sprechstunde.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.memory.InMemoryProgressStore;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * English words and names in German sentences, through the real LanguageTool and the whole bot:
 * LanguageTool flags them, the learner sees no correction for them and /progress counts none; and
 * the price, measured: real German typos in the same positions (after "mit", "in", "nach", an
 * article, a noun) are still corrected.
 */
class MixedInWordsInConversationTest {

    private static final String ANSWER = "Schön!";

    /** Sentence, then the English word or name in it that LanguageTool's German speller flags. */
    private static final String[][] MIXED_IN = {
            {"Meine grandmother wohnt in Hamburg.", "grandmother"},
            {"Ich habe meinen luggage am Flughafen vergessen.", "luggage"},
            {"Wir essen heute potatoes mit Quark.", "potatoes"},
            {"Ich war gestern sehr tired.", "tired"},
            {"Mein teacher ist streng.", "teacher"},
            {"Ich mag cheese sehr.", "cheese"},
            {"Ich spiele gerne guitar.", "guitar"},
            {"Ich habe Kopfschmerzen, ein headache.", "headache"},
            {"Ich bin so excited!", "excited"},
            {"Ich wohne mit Kevin in Leeds.", "Leeds"},
            {"Ich heiße Siobhan und komme aus Irland.", "Siobhan"},
            {"Am Wochenende war ich bei Tadhg.", "Tadhg"},
            {"Mein Mann heißt Aoife.", "Aoife"},
            {"Ich fahre mit Niamh nach Cork.", "Niamh"},
            {"Ich fahre mit Niamh nach Cork.", "Cork"},
            {"Meine Freundin Sinéad kommt aus Dublin.", "Sinéad"}};

    /** Sentence, then the typo LanguageTool corrects: German words where names and English words go. */
    private static final String[][] TYPOS = {
            {"Ich habe einen Hunt.", "Hunt"},
            {"Ich trinke gerne Kafee.", "Kafee"},
            {"Ich wohne in Deutschlant.", "Deutschlant"},
            {"Ich spiele mit meiner Schwesster.", "Schwesster"},
            {"Wir fahren mit dem Fahrat.", "Fahrat"},
            {"Ich komme aus Östereich.", "Östereich"},
            {"Ich fahre morgen nach Müncen.", "Müncen"},
            {"Ich gehe mit meinem Freunt ins Kino.", "Freunt"},
            {"Heute habe ich meine Hausaufgaben gemacht und dann Fußbal gespielt.", "Fußbal"},
            {"Das Wetter ist heute sehr schlecht und kallt.", "kallt"},
            {"Mein Bruder wohnt in Frankfurd.", "Frankfurd"},
            {"Ich war gestern bei meiner Oma und wir haben Kuchen gegesen.", "gegesen"},
            {"Ich habe heute keine Zeit, weil ich arbeiten muss und müde bin, tschüs und bis morgn.", "morgn"},
            {"Wir gehen ins theatre.", "theatre"},
            {"Mein Freund Thomass kommt morgen.", "Thomass"},
            {"Meine Schwester wohnt in Hamburgg.", "Hamburgg"}};

    private final ScriptedChatModel model = new ScriptedChatModel().defaultAnswer(ANSWER);
    private final InMemoryProgressStore progress = new InMemoryProgressStore();
    private final Messages lena = Messages.lena();
    private final AtomicInteger ids = new AtomicInteger(100);
    private TutorBot bot;

    @BeforeEach
    void start() {
        bot = new TutorBotBuilder(model).grammar(WarmCheckers.full()).progress(progress).build();
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void languageToolFlagsTheMixedInWordsButTheLearnerSeesNoCorrectionAndNothingIsCounted() {
        List<String> corrected = new ArrayList<>();
        for (String[] example : MIXED_IN) {
            assertTrue(flags(example[0], example[1]), "LanguageTool flags " + example[1] + ": else this case proves nothing");
            if (!send(example[0]).equals(List.of(ANSWER))) {
                corrected.add(example[0]);
            }
        }
        assertEquals(List.of(), corrected);
        assertEquals(0, progress.load(lena.learner()).mistakesByDay().size(), "no mistake counted");
    }

    @Test
    void everyGermanTypoInTheSamePlacesIsStillCorrected() {
        List<String> lost = new ArrayList<>();
        for (String[] example : TYPOS) {
            assertTrue(flags(example[0], example[1]), "LanguageTool flags " + example[1]);
            List<String> texts = send(example[0]);
            if (texts.size() < 2 || !texts.get(0).contains(example[1])) {
                lost.add(example[0] + " -> " + texts);
            }
        }
        assertEquals(List.of(), lost, "real spelling corrections lost to the name and English-word rules");
    }

    private boolean flags(String text, String word) {
        int at = text.indexOf(word);
        return WarmCheckers.full().check(text, CefrLevel.A2).stream().anyMatch((Correction c) -> c.start() <= at && at < c.end());
    }

    /** The reply's blocks: corrections first, then the answer, in the turn's one message. */
    private List<String> send(String text) {
        RecordingReplySink sink = new RecordingReplySink();
        bot.receive(lena.text(Integer.toString(ids.incrementAndGet()), text), sink).join();
        return sink.blocks();
    }
}
