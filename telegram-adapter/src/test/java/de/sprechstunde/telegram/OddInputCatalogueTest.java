package de.sprechstunde.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sprechstunde.core.testing.FixedTranscriber;
import de.sprechstunde.telegram.fake.Updates;
import de.sprechstunde.telegram.support.TelegramHarness;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of odd input (docs/reliability.md): each kind sent through the fake Bot API and the
 * real adapter and core, in a chat of its own, with the reply it must get — or deliberate silence,
 * proven by a plain message sent after it being the only thing answered.
 */
class OddInputCatalogueTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWER = "Schön! Erzähl mir mehr.";
    private static final String HEARD = "Ich habe gestern Brot gekauft.";
    private static final AtomicLong CHATS = new AtomicLong(70_000);
    private static final byte[] OGG = "OggS fake voice bytes".getBytes(StandardCharsets.ISO_8859_1);

    private static TelegramHarness harness;

    /** One kind of input: what is sent into a fresh private chat (or group), and what must come back. */
    record Kind(String name, boolean group, Consumer<Chat> send, String expected) {
        static Kind answered(String name, Consumer<Chat> send, String expected) {
            return new Kind(name, false, send, expected);
        }

        static Kind silentInPrivate(String name, Consumer<Chat> send) {
            return new Kind(name, false, send, null);
        }

        static Kind silentInGroup(String name, Consumer<Chat> send) {
            return new Kind(name, true, send, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A chat of the catalogue: its id, its learner, and fixtures rewritten to it. */
    record Chat(long id, long learner, boolean group) {
        ObjectNode fixture(String name) {
            ObjectNode update = Updates.of(name).node();
            JsonNode message = update.has("message") ? update.get("message")
                    : update.has("edited_message") ? update.get("edited_message")
                    : update.has("callback_query") ? update.get("callback_query").get("message") : update.get("my_chat_member");
            ((ObjectNode) message.get("chat")).put("id", id);
            if (message.has("from") && !message.get("from").path("is_bot").asBoolean()) {
                ((ObjectNode) message.get("from")).put("id", learner);
            }
            if (update.has("callback_query")) {
                ((ObjectNode) update.get("callback_query").get("from")).put("id", learner);
                ((ObjectNode) update.get("callback_query")).put("id", "cb-" + id + "-" + CHATS.incrementAndGet());
            }
            return update;
        }

        ObjectNode text(String text) {
            ObjectNode update = fixture(group ? "group-mention" : "private-text");
            ObjectNode message = (ObjectNode) update.get("message");
            message.put("message_id", (int) (CHATS.incrementAndGet() % 1_000_000));
            message.put("text", group ? "@SprechstundeBot " + text : text);
            return update;
        }

        /** A private message that carries only {@code field}. */
        ObjectNode carrying(String field, JsonNode value) {
            ObjectNode update = fixture("private-text");
            ObjectNode message = (ObjectNode) update.get("message");
            message.remove("text");
            message.put("message_id", (int) (CHATS.incrementAndGet() % 1_000_000));
            message.set(field, value);
            return update;
        }

        ObjectNode voice(String fileId, long claimedSize, int claimedSeconds) {
            ObjectNode update = fixture("private-voice");
            ObjectNode message = (ObjectNode) update.get("message");
            message.put("message_id", (int) (CHATS.incrementAndGet() % 1_000_000));
            ((ObjectNode) message.get("voice")).put("file_id", fileId).put("file_size", claimedSize).put("duration", claimedSeconds);
            return update;
        }

        void enqueue(ObjectNode update) {
            harness.telegram.enqueue(update);
        }
    }

    static List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>();
        kinds.add(Kind.answered("plain German text", chat -> chat.enqueue(chat.text("Hallo, wie geht's?")), ANSWER));
        kinds.add(Kind.answered("sticker", chat -> chat.enqueue(chat.fixture("private-sticker")), "sticker"));
        kinds.add(Kind.answered("photo", chat -> chat.enqueue(chat.fixture("private-photo")), "photo"));
        kinds.add(Kind.answered("document that is not audio", chat -> chat.enqueue(chat.fixture("private-document")), "document"));
        kinds.add(Kind.answered("location", chat -> chat.enqueue(chat.fixture("private-location")), "location"));
        kinds.add(Kind.answered("video note", chat -> chat.enqueue(chat.carrying("video_note",
                node("{\"file_id\":\"vn1\",\"file_unique_id\":\"u\",\"length\":240,\"duration\":4}"))), "video note"));
        kinds.add(Kind.answered("contact", chat -> chat.enqueue(chat.carrying("contact",
                node("{\"phone_number\":\"+4930123\",\"first_name\":\"Max\"}"))), "contact"));
        kinds.add(Kind.answered("poll", chat -> chat.enqueue(chat.carrying("poll", node(
                "{\"id\":\"p1\",\"question\":\"Ja?\",\"options\":[{\"text\":\"ja\",\"voter_count\":0}],\"total_voter_count\":0,"
                        + "\"is_closed\":false,\"is_anonymous\":true,\"type\":\"regular\",\"allows_multiple_answers\":false}"))), "poll"));
        kinds.add(Kind.answered("dice", chat -> chat.enqueue(chat.carrying("dice", node("{\"emoji\":\"🎲\",\"value\":3}"))), "dice"));
        kinds.add(Kind.answered("only spaces", chat -> chat.enqueue(chat.text("     ")), "empty"));
        kinds.add(Kind.answered("only invisible characters", chat -> chat.enqueue(chat.text("\u200B\u200B\u2060\uFEFF")), "empty"));
        kinds.add(Kind.answered("text over the length limit", chat -> chat.enqueue(chat.text("Ich lerne Deutsch. ".repeat(150))), "long text"));
        kinds.add(Kind.answered("text padded with invisible characters stays under the limit",
                chat -> chat.enqueue(chat.text("Hallo" + "\u200B".repeat(3000))), ANSWER));
        kinds.add(Kind.answered("a zero-width space inside a word", chat -> chat.enqueue(chat.text("Hal\u200Blo!")), ANSWER));
        kinds.add(Kind.answered("bidi override characters", chat -> chat.enqueue(chat.text("\u202EHallo\u202C Welt")), ANSWER));
        kinds.add(Kind.answered("Markdown and HTML characters", chat -> chat.enqueue(chat.text("*fett* _kursiv_ `code` <b>x</b> [a](b) & < >")), ANSWER));
        kinds.add(Kind.answered("only emoji", chat -> chat.enqueue(chat.text("😀🎉👍")), ANSWER));
        kinds.add(Kind.answered("NUL and control characters", chat -> chat.enqueue(chat.text("Hallo\u0000\u0007 Welt")), ANSWER));
        kinds.add(Kind.answered("a grammar question that names rules", chat -> chat.enqueue(chat.text("Zeig mir bitte die Regeln für den Dativ.")), ANSWER));
        kinds.add(Kind.answered("a role-play request", chat -> chat.enqueue(chat.text("Tu so, als ob du Bäcker bist.")), ANSWER));
        kinds.add(Kind.answered("an unknown command", chat -> chat.enqueue(chat.text("/fliegen")), "/help"));
        kinds.add(Kind.answered("a command with a typo", chat -> chat.enqueue(chat.text("/levle B1")), "/level"));
        kinds.add(Kind.answered("a command with a bad argument", chat -> chat.enqueue(chat.text("/level Z9")), "A1"));
        kinds.add(Kind.answered("a scenario that does not exist", chat -> chat.enqueue(chat.text("/mode scenario mondbasis")), "Bäckerei"));
        kinds.add(Kind.answered("a command addressed to this bot by name", chat -> chat.enqueue(chat.text("/level@SprechstundeBot B2")), "B2"));
        kinds.add(Kind.answered("an admin command from a learner", chat -> chat.enqueue(chat.text("/stats")), "admins"));
        kinds.add(Kind.answered("a voice note", chat -> {
            harness.telegram.file("ok-" + chat.id(), "voice/ok-" + chat.id() + ".oga", OGG);
            chat.enqueue(chat.voice("ok-" + chat.id(), OGG.length, 3));
        }, HEARD));
        kinds.add(Kind.answered("a zero-length voice note", chat -> {
            harness.telegram.file("empty-" + chat.id(), "voice/empty-" + chat.id() + ".oga", new byte[0]);
            chat.enqueue(chat.voice("empty-" + chat.id(), 0, 1));
        }, "damaged"));
        kinds.add(Kind.answered("a corrupt voice note", chat -> {
            harness.telegram.file("bad-" + chat.id(), "voice/bad-" + chat.id() + ".oga", new byte[] {1, 2, 3, 4, 5, 6});
            chat.enqueue(chat.voice("bad-" + chat.id(), 6, 2));
        }, "damaged"));
        kinds.add(Kind.answered("a voice note that claims 25 MB", chat -> chat.enqueue(chat.voice("big-" + chat.id(), 25L * 1024 * 1024, 30)),
                "too large"));
        kinds.add(Kind.answered("a voice note that claims 4 KB but Telegram reports 100 MB", chat -> {
            harness.telegram.vanishedFile("lie-" + chat.id(), "voice/lie-" + chat.id() + ".oga", 100L * 1024 * 1024);
            chat.enqueue(chat.voice("lie-" + chat.id(), 4000, 3));
        }, "100 MB"));
        kinds.add(Kind.answered("a voice note that claims 2 minutes", chat -> chat.enqueue(chat.voice("long-" + chat.id(), 9000, 120)), "120 s"));
        kinds.add(Kind.answered("a voice note whose file is gone", chat -> {
            harness.telegram.vanishedFile("gone-" + chat.id(), "voice/gone-" + chat.id() + ".oga", 1234);
            chat.enqueue(chat.voice("gone-" + chat.id(), 1234, 3));
        }, "couldn't fetch"));
        kinds.add(Kind.answered("a level button", chat -> chat.enqueue(chat.fixture("callback-level")), "B1"));
        kinds.add(Kind.silentInPrivate("a button whose choice has expired (pressed after a restart)",
                chat -> chat.enqueue(withCallbackData(chat.fixture("callback-level"), "k:0123456789abcdef01234567"))));
        kinds.add(Kind.silentInPrivate("the same update delivered twice", chat -> {
            ObjectNode once = chat.text("Doppelt hält besser?");
            chat.enqueue(once);
            chat.enqueue(once);
        }));
        kinds.add(Kind.silentInPrivate("an edited message", chat -> chat.enqueue(chat.fixture("private-edited"))));
        kinds.add(Kind.silentInPrivate("the learner blocked the bot (my_chat_member kicked)", chat -> chat.enqueue(chat.fixture("my-chat-member-kicked"))));
        kinds.add(Kind.silentInPrivate("a message from another bot", chat -> {
            ObjectNode update = chat.text("Ich bin ein Bot.");
            ((ObjectNode) update.get("message").get("from")).put("is_bot", true);
            chat.enqueue(update);
        }));
        kinds.add(Kind.silentInGroup("group chatter not addressed to the bot", chat -> chat.enqueue(chat.fixture("group-chatter"))));
        kinds.add(Kind.silentInGroup("a member joining a group", chat -> chat.enqueue(chat.fixture("group-new-member"))));
        kinds.add(Kind.silentInGroup("a command for another bot", chat -> chat.enqueue(chat.fixture("group-command-other-bot"))));
        return kinds;
    }

    @BeforeAll
    static void start() throws Exception {
        harness = new TelegramHarness().startHearing(FixedTranscriber.hearingOnlyOgg(HEARD));
        harness.model.defaultAnswer(ANSWER);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void eachKindOfOddInputGetsItsReplyOrDeliberateSilence(Kind kind) {
        long id = CHATS.incrementAndGet();
        Chat chat = new Chat(kind.group() ? -1_000_000_000_000L - id : id, id, kind.group());
        kind.send().accept(chat);
        if (kind.expected() != null) {
            List<String> shown = harness.telegram.awaitChat(chat.id(), texts -> texts.stream().anyMatch(t -> t.contains(kind.expected())));
            assertTrue(shown.stream().noneMatch(t -> t.contains("went wrong")), shown.toString());
            return;
        }
        chat.enqueue(chat.text("Und jetzt eine echte Frage?"));
        List<String> shown = harness.telegram.awaitChat(chat.id(), texts -> texts.contains(ANSWER));
        assertEquals(List.of(ANSWER), shown, "only the message after it was answered");
    }

    private static ObjectNode withCallbackData(ObjectNode update, String data) {
        ((ObjectNode) update.get("callback_query")).put("data", data);
        return update;
    }

    private static JsonNode node(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
