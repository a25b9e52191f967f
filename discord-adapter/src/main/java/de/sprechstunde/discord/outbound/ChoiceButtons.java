package de.sprechstunde.discord.outbound;

import de.sprechstunde.core.message.Choice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;

/**
 * The core's choices as Discord buttons. A button's custom id carries the command it sends back
 * ({@code cmd:/level B1}); Discord allows 100 characters, so a longer command is kept in a bounded
 * in-memory table and the id only points at it ({@code ref:17}). Such a pointer does not survive a
 * restart: pressing it afterwards gets a polite "please type the command". Thread-safe.
 */
public final class ChoiceButtons {

    static final String COMMAND_PREFIX = "cmd:";
    static final String REFERENCE_PREFIX = "ref:";
    private static final int CUSTOM_ID_LIMIT = 100;
    private static final int LABEL_LIMIT = 80;
    private static final int PER_ROW = 5;
    private static final int MAX_ROWS = 5;

    private final Map<String, String> longCommands;
    private final AtomicLong nextReference = new AtomicLong();

    public ChoiceButtons(int rememberedLongCommands) {
        this.longCommands = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > rememberedLongCommands;
            }
        });
    }

    /** Up to 25 buttons in rows of five. */
    public List<ActionRow> rows(List<Choice> choices) {
        List<ActionRow> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (Choice choice : choices.subList(0, Math.min(choices.size(), PER_ROW * MAX_ROWS))) {
            row.add(Button.secondary(customId(choice.command()), label(choice.label())));
            if (row.size() == PER_ROW) {
                rows.add(ActionRow.of(row));
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(ActionRow.of(row));
        }
        return rows;
    }

    /** The command a pressed button stands for; empty when it was a pointer this process no longer knows. */
    public Optional<String> command(String customId) {
        if (customId.startsWith(COMMAND_PREFIX)) {
            return Optional.of(customId.substring(COMMAND_PREFIX.length()));
        }
        if (customId.startsWith(REFERENCE_PREFIX)) {
            return Optional.ofNullable(longCommands.get(customId));
        }
        return Optional.empty();
    }

    private String customId(String command) {
        String direct = COMMAND_PREFIX + command;
        if (direct.length() <= CUSTOM_ID_LIMIT) {
            return direct;
        }
        String reference = REFERENCE_PREFIX + nextReference.incrementAndGet();
        longCommands.put(reference, command);
        return reference;
    }

    private static String label(String label) {
        String text = label.isBlank() ? "…" : label.strip();
        return text.length() <= LABEL_LIMIT ? text : text.substring(0, LABEL_LIMIT - 1) + "…";
    }
}
