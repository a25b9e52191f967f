package de.sprechstunde.telegram.outbound;

import de.sprechstunde.core.message.Choice;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns the core's choices into inline keyboards whose buttons send the choice's command back.
 * Telegram allows 64 bytes of callback data: a longer command is sent as a short key and kept
 * here (the most recent few thousand), so a very old button may expire. Thread-safe.
 */
public final class ChoiceKeyboards {

    static final int MAX_CALLBACK_BYTES = 64;
    private static final String KEY_PREFIX = "k:";
    private static final int SHORT_LABEL = 12;
    private static final int REMEMBERED = 5_000;

    private final Map<String, String> longCommands = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** A keyboard for the choices; empty when there are none. Short labels share rows of three. */
    public Optional<InlineKeyboardMarkup> keyboard(List<Choice> choices) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        int perRow = choices.stream().allMatch(c -> c.label().length() <= SHORT_LABEL) ? 3 : 1;
        List<InlineKeyboardRow> rows = new ArrayList<>();
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (Choice choice : choices) {
            if (row.size() == perRow) {
                rows.add(row);
                row = new InlineKeyboardRow();
            }
            row.add(InlineKeyboardButton.builder().text(choice.label()).callbackData(callbackData(choice.command())).build());
        }
        rows.add(row);
        return Optional.of(InlineKeyboardMarkup.builder().keyboard(rows).build());
    }

    /** The command a pressed button stands for; empty when its key has expired or the data is not ours. */
    public Optional<String> command(String callbackData) {
        if (callbackData == null) {
            return Optional.empty();
        }
        if (callbackData.startsWith("/")) {
            return Optional.of(callbackData);
        }
        if (callbackData.startsWith(KEY_PREFIX)) {
            synchronized (longCommands) {
                return Optional.ofNullable(longCommands.get(callbackData));
            }
        }
        return Optional.empty();
    }

    private String callbackData(String command) {
        if (command.getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES) {
            return command;
        }
        String key = KEY_PREFIX + digest(command);
        synchronized (longCommands) {
            longCommands.put(key, command);
        }
        return key;
    }

    private static String digest(String command) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(command.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
