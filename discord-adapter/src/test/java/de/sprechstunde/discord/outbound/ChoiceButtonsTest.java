package de.sprechstunde.discord.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.message.Choice;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import org.junit.jupiter.api.Test;

class ChoiceButtonsTest {

    private final ChoiceButtons buttons = new ChoiceButtons(2);

    @Test
    void aShortCommandTravelsInTheCustomId() {
        Button button = (Button) buttons.rows(List.of(new Choice("B1", "/level B1"))).get(0).getComponents().get(0);

        assertEquals("cmd:/level B1", button.getCustomId());
        assertEquals(Optional.of("/level B1"), buttons.command(button.getCustomId()));
    }

    @Test
    void aCommandOverTheLimitIsKeptAsideAndForgottenWhenTheTableIsFull() {
        String longCommand = "/mode scenario " + "x".repeat(120);
        String first = customId(buttons.rows(List.of(new Choice("lang", longCommand))).get(0));
        buttons.rows(List.of(new Choice("a", "/mode scenario " + "a".repeat(120)), new Choice("b", "/mode scenario " + "b".repeat(120))));

        assertTrue(first.length() <= 100 && first.startsWith("ref:"), first);
        assertEquals(Optional.empty(), buttons.command(first), "evicted: the learner is asked to type it");
    }

    @Test
    void atMostFiveButtonsShareARow() {
        List<Choice> many = IntStream.range(0, 12).mapToObj(i -> new Choice("c" + i, "/c " + i)).toList();

        List<ActionRow> rows = buttons.rows(many);

        assertEquals(List.of(5, 5, 2), rows.stream().map(r -> r.getComponents().size()).toList());
    }

    private static String customId(ActionRow row) {
        return ((Button) row.getComponents().get(0)).getCustomId();
    }
}
