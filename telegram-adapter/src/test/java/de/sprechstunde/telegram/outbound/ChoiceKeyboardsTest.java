package de.sprechstunde.telegram.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.message.Choice;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChoiceKeyboardsTest {

    private final ChoiceKeyboards keyboards = new ChoiceKeyboards();

    @Test
    void shortLabelsShareRowsOfThreeAndLongOnesGetARowEach() {
        var levels = keyboards.keyboard(List.of(new Choice("A1", "/level A1"), new Choice("A2", "/level A2"),
                new Choice("B1", "/level B1"), new Choice("B2", "/level B2"))).orElseThrow();
        var scenarios = keyboards.keyboard(List.of(new Choice("Beim Bäcker einkaufen", "/mode scenario baeckerei"),
                new Choice("Im Restaurant bestellen", "/mode scenario restaurant"))).orElseThrow();

        assertEquals(List.of(3, 1), levels.getKeyboard().stream().map(List::size).toList());
        assertEquals(List.of(1, 1), scenarios.getKeyboard().stream().map(List::size).toList());
    }

    @Test
    void aCommandOver64BytesTravelsAsAShortKeyThatLeadsBack() {
        String command = "/mode scenario " + "ärztin-termin-vereinbaren-".repeat(3);
        String data = keyboards.keyboard(List.of(new Choice("Ärztin", command))).orElseThrow()
                .getKeyboard().get(0).get(0).getCallbackData();

        assertTrue(data.getBytes(StandardCharsets.UTF_8).length <= 64, data);
        assertEquals(Optional.of(command), keyboards.command(data));
    }

    @Test
    void dataThatIsNotOursLeadsNowhere() {
        assertEquals(Optional.empty(), keyboards.command("k:unknown"));
        assertEquals(Optional.empty(), keyboards.command("something else"));
        assertEquals(Optional.empty(), keyboards.keyboard(List.of()));
    }
}
