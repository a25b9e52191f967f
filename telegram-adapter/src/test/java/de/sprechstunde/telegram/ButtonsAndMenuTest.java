package de.sprechstunde.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.telegram.fake.RecordedCall;
import de.sprechstunde.telegram.fake.Updates;
import de.sprechstunde.telegram.support.TelegramHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ButtonsAndMenuTest {

    private static final long LENA = 4242;

    private TelegramHarness harness;

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theLevelCommandOffersButtonsAndAPressedButtonIsAnsweredAndRunsItsCommand() throws Exception {
        harness = new TelegramHarness().start();
        harness.telegram.enqueue(Updates.of("private-command").node());
        harness.telegram.awaitChat(LENA, texts -> texts.size() == 1);

        JsonNode keyboard = harness.telegram.calls("sendMessage").get(0).params().path("reply_markup").path("inline_keyboard");
        assertEquals("/level A1", keyboard.get(0).get(0).path("callback_data").asText());
        assertEquals("C2", keyboard.get(1).get(2).path("text").asText());

        harness.telegram.enqueue(Updates.of("callback-level").node());

        harness.telegram.awaitChat(LENA, texts -> texts.size() == 2 && texts.get(1).contains("B1"));
        RecordedCall answered = harness.telegram.await("answerCallbackQuery", 1).get(0);
        assertEquals("4382bfdwdsb323b2d9", answered.param("callback_query_id"));
        assertNull(answered.param("text"));
    }

    @Test
    void aButtonWhoseKeyExpiredIsAnsweredWithAHintAndNothingElse() throws Exception {
        harness = new TelegramHarness().start();

        harness.telegram.enqueue(Updates.of("callback-level").set("callback_query.data", "k:0123456789abcdef01234567").node());

        RecordedCall answered = harness.telegram.await("answerCallbackQuery", 1).get(0);
        assertTrue(answered.param("text").contains("expired"), answered.param("text"));
        assertEquals(0, harness.telegram.calls("sendMessage").size());
    }

    @Test
    void theCommandMenuShowsAdminCommandsOnlyInAdminChats() throws Exception {
        harness = new TelegramHarness();
        harness.start(core -> core, harness.settings(), Set.of(new LearnerId(Platform.TELEGRAM, "999"),
                new LearnerId(Platform.DISCORD, "555")));

        List<RecordedCall> menus = harness.telegram.calls("setMyCommands");

        assertEquals(4, menus.size(), "default and one admin chat, in English and German");
        RecordedCall everyone = menus.get(0);
        RecordedCall admin = menus.get(1);
        assertEquals("default", everyone.params().path("scope").path("type").asText());
        assertEquals("chat", admin.params().path("scope").path("type").asText());
        assertEquals("999", admin.params().path("scope").path("chat_id").asText());
        assertFalse(names(everyone).contains("stats"), names(everyone).toString());
        assertTrue(names(everyone).contains("level"));
        assertTrue(names(admin).containsAll(List.of("level", "health", "stats")), names(admin).toString());
        assertEquals("de", menus.get(2).param("language_code"));
    }

    private static List<String> names(RecordedCall menu) {
        List<String> names = new ArrayList<>();
        menu.params().path("commands").forEach(command -> names.add(command.path("command").asText()));
        return names;
    }
}
