package de.sprechstunde.redis;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learning.Card;
import de.sprechstunde.core.learning.CardKind;
import de.sprechstunde.core.learning.MemoryState;
import de.sprechstunde.core.learning.Schedule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** A card as one hash value: a version, then every field Base64-encoded, comma-separated (texts may hold any character). */
final class CardCodec {

    private static final String VERSION = "c1";
    private static final int FIELDS = 17;

    private CardCodec() {
    }

    static String encode(Card card) {
        Schedule s = card.schedule();
        return String.join(",", VERSION, b64(card.id()), b64(card.learner().asString()), b64(card.kind().key()),
                b64(card.prompt()), b64(card.answer()), b64(card.source()), b64(card.tag()), b64(card.key()),
                b64(Long.toString(card.created().toEpochMilli())), b64(Long.toString(s.due().toEpochMilli())),
                b64(s.lastReview().map(i -> Long.toString(i.toEpochMilli())).orElse("")), b64(Integer.toString(s.intervalDays())),
                b64(Integer.toString(s.reviews())), b64(Integer.toString(s.lapses())),
                b64(s.memory().map(m -> Double.toString(m.stability())).orElse("")),
                b64(s.memory().map(m -> Double.toString(m.difficulty())).orElse("")));
    }

    static Card decode(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != FIELDS || !VERSION.equals(parts[0])) {
            throw new IllegalStateException("not a stored card (" + parts.length + " fields)");
        }
        String[] f = new String[FIELDS];
        for (int i = 1; i < FIELDS; i++) {
            f[i] = new String(Base64.getDecoder().decode(parts[i]), StandardCharsets.UTF_8);
        }
        Optional<MemoryState> memory = f[15].isEmpty() ? Optional.empty()
                : Optional.of(new MemoryState(Double.parseDouble(f[15]), Double.parseDouble(f[16])));
        Schedule schedule = new Schedule(memory, Instant.ofEpochMilli(Long.parseLong(f[10])),
                f[11].isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(Long.parseLong(f[11]))),
                Integer.parseInt(f[12]), Integer.parseInt(f[13]), Integer.parseInt(f[14]));
        return new Card(f[1], LearnerId.parse(f[2]), CardKind.fromKey(f[3]).orElse(CardKind.WORD), f[4], f[5], f[6], f[7], f[8],
                Instant.ofEpochMilli(Long.parseLong(f[9])), schedule);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
