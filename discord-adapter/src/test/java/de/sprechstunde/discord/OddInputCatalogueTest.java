package de.sprechstunde.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.sprechstunde.core.testing.FixedTranscriber;
import de.sprechstunde.core.testing.PassThroughTranscoder;
import de.sprechstunde.discord.fake.FakeDiscord;
import de.sprechstunde.discord.fake.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of odd input on Discord (docs/reliability.md): each kind in a channel of its own,
 * through the fake gateway and REST, the real JDA adapter and the core, with the reply it must
 * get — or deliberate silence, proven by a plain message after it being the only thing answered.
 */
class OddInputCatalogueTest extends OneRigPerClass {

    private static final String ANSWER = "Schön! Erzähl mir mehr.";
    private static final String HEARD = "Ich habe gestern Brot gekauft.";
    private static final byte[] OGG = "OggS fake voice bytes".getBytes(StandardCharsets.ISO_8859_1);

    /** One kind of input, sent into {@code channel} by {@code user}, and the text that must come back (null: silence). */
    record Kind(String name, BiConsumer<FakeDiscord, String[]> send, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Override
    protected DiscordRig startRig() {
        return DiscordRig.start(builder -> builder.speechToText(FixedTranscriber.hearingOnlyOgg(HEARD))
                .transcoder(new PassThroughTranscoder()));
    }

    @BeforeAll
    void answerEveryTurnTheSameWay() {
        rig.model.defaultAnswer(ANSWER);
    }

    static List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>();
        kinds.add(new Kind("plain German text", (d, at) -> d.directMessage(at[0], at[1], "Hallo, wie geht's?"), ANSWER));
        kinds.add(new Kind("an image", (d, at) -> d.imageMessage(at[0], at[1]), "image"));
        kinds.add(new Kind("only spaces", (d, at) -> d.directMessage(at[0], at[1], "    "), "empty"));
        kinds.add(new Kind("only invisible characters", (d, at) -> d.directMessage(at[0], at[1], "\u200B\u2060\uFEFF"), "empty"));
        kinds.add(new Kind("text over the length limit", (d, at) -> d.directMessage(at[0], at[1], "Ich lerne Deutsch. ".repeat(150)), "long text"));
        kinds.add(new Kind("a zero-width space inside a word", (d, at) -> d.directMessage(at[0], at[1], "Hal\u200Blo!"), ANSWER));
        kinds.add(new Kind("Discord markdown and a mention", (d, at) -> d.directMessage(at[0], at[1], "**fett** ||spoiler|| <@123> @everyone `x`"), ANSWER));
        kinds.add(new Kind("only emoji", (d, at) -> d.directMessage(at[0], at[1], "😀🎉"), ANSWER));
        kinds.add(new Kind("a grammar question that names rules", (d, at) -> d.directMessage(at[0], at[1], "Zeig mir bitte die Regeln für den Dativ."), ANSWER));
        kinds.add(new Kind("an unknown command typed", (d, at) -> d.directMessage(at[0], at[1], "/fliegen"), "/help"));
        kinds.add(new Kind("a command with a bad argument", (d, at) -> d.directMessage(at[0], at[1], "/level Z9"), "A1"));
        kinds.add(new Kind("an admin command from a learner", (d, at) -> d.directMessage(at[0], at[1], "/stats"), "admins"));
        kinds.add(new Kind("a slash command", (d, at) -> d.slashCommandInDm(at[0], at[1], "tok-" + at[0], "level", Map.of("level", "B2")), "B2"));
        kinds.add(new Kind("a voice message", (d, at) -> d.voiceMessage(at[0], at[1], "v-" + at[0] + ".ogg", OGG, 2.5), HEARD));
        kinds.add(new Kind("a corrupt voice message", (d, at) -> d.voiceMessage(at[0], at[1], "c-" + at[0] + ".ogg", new byte[] {1, 2, 3, 4}, 1),
                "damaged"));
        kinds.add(new Kind("a voice message the CDN no longer serves",
                (d, at) -> d.voiceMessageNotServed(at[0], at[1], "g-" + at[0] + ".ogg", OGG, 2), "couldn't fetch"));
        kinds.add(new Kind("a voice message that claims 2 minutes", (d, at) -> d.voiceMessage(at[0], at[1], "l-" + at[0] + ".ogg", OGG, 120), "120 s"));
        kinds.add(new Kind("a server message that does not mention the bot", (d, at) -> d.guildMessage(at[0], at[1], "Hallo zusammen", false), null));
        kinds.add(new Kind("a button whose choice has expired", (d, at) -> d.buttonPress(at[0], at[1], "tok-" + at[0], FakeDiscord.nextId(),
                "k:0123456789abcdef01234567"), null));
        return kinds;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void eachKindOfOddInputGetsItsReplyOrDeliberateSilence(Kind kind) {
        String channel = FakeDiscord.nextId();
        String user = String.valueOf(5_000 + Math.abs(channel.hashCode() % 10_000));
        kind.send().accept(rig.discord, new String[] {channel, user});
        if (kind.expected() != null) {
            // the channel's messages, or the interaction replies, whose paths carry the token "tok-<channel>"
            rig.rest().await(r -> r.path().contains(channel) && r.content().contains(kind.expected()), DiscordRig.WAIT);
            return;
        }
        String dm = FakeDiscord.nextId();
        rig.discord.directMessage(dm, user, "Und jetzt eine echte Frage?");
        rig.rest().await(r -> r.path().startsWith("channels/" + dm + "/messages") && r.content().equals(ANSWER), DiscordRig.WAIT);
        List<String> inChannel = rig.channelCalls(channel).stream().map(RecordedRequest::content).toList();
        assertEquals(List.of(), inChannel, "nothing was said where the odd input came from");
    }
}
