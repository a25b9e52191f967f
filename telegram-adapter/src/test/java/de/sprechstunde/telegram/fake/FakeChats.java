package de.sprechstunde.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the fake's chats show: messages the bot sent and edited, checked like Telegram checks them
 * (HTML entities, 4096 characters of text, 1024 of caption, "message is not modified").
 */
public final class FakeChats {

    /** An HTTP answer: status and JSON body. */
    record Answer(int status, String body) {
    }

    /** A message as the chat shows it. */
    public record Shown(String text, String markup, byte[] voice) {
    }

    /** A streaming draft as the chat showed it: its id and visible text, in the order they came. */
    public record Draft(int draftId, String text) {
    }

    private final FakeBotApi api;
    private final Map<Long, TreeMap<Integer, Shown>> chats = new HashMap<>();
    private final Map<Long, List<Draft>> drafts = new HashMap<>();
    private int nextMessageId = 500;

    FakeChats(FakeBotApi api) {
        this.api = api;
    }

    static Answer ok(JsonNode result) {
        return new Answer(200, "{\"ok\":true,\"result\":" + result + "}");
    }

    static Answer badRequest(String description) {
        FakeFailure failure = FakeFailure.badRequest(description);
        return new Answer(failure.status(), failure.body());
    }

    /** The bot's messages in one chat, oldest first, as they look now. */
    public synchronized List<Shown> shown(long chatId) {
        return new ArrayList<>(chats.getOrDefault(chatId, new TreeMap<>()).values());
    }

    /** The visible texts (or captions) of the bot's messages in one chat, oldest first. */
    public List<String> texts(long chatId) {
        return shown(chatId).stream().map(Shown::text).toList();
    }

    /** The drafts a chat was shown, oldest first (drafts are previews: they never become messages). */
    public synchronized List<Draft> drafts(long chatId) {
        return List.copyOf(drafts.getOrDefault(chatId, List.of()));
    }

    /** sendMessageDraft as Bot API 9.5+ checks it: a private chat, a non-zero draft_id, the text like a message's. */
    synchronized Answer sendMessageDraft(RecordedCall call) {
        if (call.chatId() <= 0) {
            return badRequest("drafts can be sent only to private chats");
        }
        String draftId = call.param("draft_id");
        if (draftId == null || Integer.parseInt(draftId) == 0) {
            return badRequest("draft_id must be non-zero");
        }
        String visible = "";
        if (call.text() != null && !call.text().isEmpty()) {
            Checked text = check(call.text(), call.param("parse_mode"));
            if (text.refusal() != null) {
                return text.refusal();
            }
            visible = text.visible();
        }
        drafts.computeIfAbsent(call.chatId(), c -> new ArrayList<>()).add(new Draft(Integer.parseInt(draftId), visible));
        return ok(api.json.getNodeFactory().booleanNode(true));
    }

    ObjectNode bot() {
        return api.json.createObjectNode().put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Sprechstunde")
                .put("username", FakeBotApi.BOT_USERNAME).put("can_join_groups", true)
                .put("can_read_all_group_messages", false).put("supports_inline_queries", false);
    }

    synchronized Answer sendMessage(RecordedCall call) {
        Checked text = check(call.text(), call.param("parse_mode"));
        if (text.refusal() != null) {
            return text.refusal();
        }
        String visible = text.visible();
        int id = nextMessageId++;
        chats.computeIfAbsent(call.chatId(), c -> new TreeMap<>()).put(id, new Shown(visible, call.param("reply_markup"), null));
        return ok(message(call.chatId(), id).put("text", visible));
    }

    synchronized Answer editMessageText(RecordedCall call) {
        int id = Integer.parseInt(call.param("message_id"));
        Shown old = chats.getOrDefault(call.chatId(), new TreeMap<>()).get(id);
        if (old == null) {
            return badRequest("message to edit not found");
        }
        Checked text = check(call.text(), call.param("parse_mode"));
        if (text.refusal() != null) {
            return text.refusal();
        }
        String visible = text.visible();
        if (visible.equals(old.text()) && Objects.equals(call.param("reply_markup"), old.markup())) {
            return badRequest("message is not modified: specified new message content and reply markup are exactly the same"
                    + " as a current content and reply markup of the message");
        }
        chats.get(call.chatId()).put(id, new Shown(visible, call.param("reply_markup"), null));
        return ok(message(call.chatId(), id).put("text", visible));
    }

    synchronized Answer deleteMessage(RecordedCall call) {
        Shown removed = chats.getOrDefault(call.chatId(), new TreeMap<>()).remove(Integer.parseInt(call.param("message_id")));
        return removed == null ? badRequest("message to delete not found") : ok(api.json.getNodeFactory().booleanNode(true));
    }

    synchronized Answer sendVoice(RecordedCall call) {
        return sendUpload(call, "voice");
    }

    synchronized Answer sendPhoto(RecordedCall call) {
        return sendUpload(call, "photo");
    }

    private Answer sendUpload(RecordedCall call, String kind) {
        String upload = Objects.requireNonNullElse(call.param(kind), "");
        byte[] bytes = upload.startsWith("attach://") ? call.files().get(upload.substring("attach://".length())) : null;
        if (bytes == null) {
            return badRequest("there is no " + kind + " in the request");
        }
        String caption;
        try {
            caption = call.param("caption") == null ? "" : visible(call.param("caption"), call.param("parse_mode"));
        } catch (TelegramHtml.EntityError e) {
            return badRequest("can't parse entities: " + e.getMessage());
        }
        if (caption.length() > 1024) {
            return badRequest("message caption is too long");
        }
        int id = nextMessageId++;
        chats.computeIfAbsent(call.chatId(), c -> new TreeMap<>()).put(id, new Shown(caption, call.param("reply_markup"), bytes));
        ObjectNode message = message(call.chatId(), id);
        if (kind.equals("photo")) {
            message.putArray("photo").addObject().put("file_id", "sent-photo-" + id).put("file_unique_id", "sp" + id)
                    .put("width", 1).put("height", 1).put("file_size", bytes.length);
        } else {
            message.putObject("voice").put("file_id", "sent-voice-" + id).put("file_unique_id", "sv" + id)
                    .put("duration", Integer.parseInt(Objects.requireNonNullElse(call.param("duration"), "1")))
                    .put("mime_type", "audio/ogg").put("file_size", bytes.length);
        }
        if (!caption.isEmpty()) {
            message.put("caption", caption);
        }
        return ok(message);
    }

    private ObjectNode message(long chatId, int id) {
        ObjectNode message = api.json.createObjectNode().put("message_id", id).put("date", System.currentTimeMillis() / 1000);
        ObjectNode chat = message.putObject("chat").put("id", chatId);
        if (chatId < 0) {
            chat.put("type", "supergroup").put("title", "Deutschkurs");
        } else {
            chat.put("type", "private").put("first_name", "Lena");
        }
        message.set("from", bot());
        return message;
    }

    /** A message text as Telegram checks it: the visible text, or the refusal. */
    private record Checked(String visible, Answer refusal) {
    }

    private static Checked check(String text, String parseMode) {
        String visible;
        try {
            visible = visible(Objects.requireNonNullElse(text, ""), parseMode);
        } catch (TelegramHtml.EntityError e) {
            return new Checked(null, badRequest("can't parse entities: " + e.getMessage()));
        }
        if (visible.isBlank()) {
            return new Checked(null, badRequest("message text is empty"));
        }
        if (visible.length() > 4096) {
            return new Checked(null, badRequest("message is too long"));
        }
        return new Checked(visible, null);
    }

    private static String visible(String text, String parseMode) throws TelegramHtml.EntityError {
        return "HTML".equalsIgnoreCase(parseMode) ? TelegramHtml.visibleText(text) : text;
    }
}
