package de.sprechstunde.core.storage;

import de.sprechstunde.core.message.Choice;
import de.sprechstunde.core.message.Reply;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of replies that could not be delivered: maps of strings and booleans (a voice
 * clip as Base64 of {@link VoiceClipCodec}) that MongoDB keeps as documents and Redis as JSON.
 */
public final class StoredReplies {

    private StoredReplies() {
    }

    public static List<Map<String, Object>> toMaps(List<Reply> replies) {
        return replies.stream().map(StoredReplies::toMap).toList();
    }

    public static List<Reply> fromMaps(List<?> stored) {
        List<Reply> replies = new ArrayList<>();
        for (Object item : stored) {
            replies.add(fromMap((Map<?, ?>) item));
        }
        return replies;
    }

    static Map<String, Object> toMap(Reply reply) {
        Map<String, Object> stored = new LinkedHashMap<>();
        if (reply instanceof Reply.Text text) {
            stored.put("type", "text");
            stored.put("text", text.text());
            stored.put("ephemeral", text.ephemeral());
            stored.put("choices", text.choices().stream()
                    .map(choice -> Map.of("label", choice.label(), "command", choice.command())).toList());
        } else if (reply instanceof Reply.Image image) {
            stored.put("type", "image");
            stored.put("png", Base64.getEncoder().encodeToString(image.png()));
            stored.put("fileName", image.fileName());
            stored.put("caption", image.caption());
        } else {
            stored.put("type", "voice");
            stored.put("clip", Base64.getEncoder().encodeToString(VoiceClipCodec.encode(((Reply.Voice) reply).clip())));
        }
        return stored;
    }

    static Reply fromMap(Map<?, ?> stored) {
        if ("voice".equals(stored.get("type"))) {
            return new Reply.Voice(VoiceClipCodec.decode(Base64.getDecoder().decode((String) stored.get("clip"))));
        }
        if ("image".equals(stored.get("type"))) {
            return new Reply.Image(Base64.getDecoder().decode((String) stored.get("png")), (String) stored.get("fileName"),
                    (String) stored.get("caption"));
        }
        List<Choice> choices = new ArrayList<>();
        Object listed = stored.get("choices");
        if (listed instanceof List<?> list) {
            for (Object item : list) {
                Map<?, ?> choice = (Map<?, ?>) item;
                choices.add(new Choice((String) choice.get("label"), (String) choice.get("command")));
            }
        }
        return new Reply.Text((String) stored.get("text"), choices, Boolean.TRUE.equals(stored.get("ephemeral")));
    }
}
