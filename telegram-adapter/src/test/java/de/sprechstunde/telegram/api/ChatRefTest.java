package de.sprechstunde.telegram.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatRefTest {

    @Test
    void aTopicSurvivesTheRoundTripThroughTheCoresChatAddress() {
        ChatRef topic = new ChatRef(-1001234567890L, Optional.of(17));

        assertEquals("-1001234567890/17", topic.asString());
        assertEquals(topic, ChatRef.parse(topic.asString()));
        assertEquals(ChatRef.of(4242), ChatRef.parse("4242"));
        assertTrue(topic.group());
    }

    @Test
    void somethingElseIsRefusedWithAClearMessage() {
        assertThrows(IllegalArgumentException.class, () -> ChatRef.parse("lena"));
    }
}
