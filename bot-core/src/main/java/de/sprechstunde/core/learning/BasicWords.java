package de.sprechstunde.core.learning;

import de.sprechstunde.core.learner.CefrLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the first levels ({@code basic-words.txt}), so harvesting skips words far below a
 * learner: an A1 word from B1 on, an A2 word from B2 on. Immutable and thread-safe.
 */
public final class BasicWords {

    private static final int FAR_BELOW = 2;

    private final Map<String, CefrLevel> levels;

    private BasicWords(Map<String, CefrLevel> levels) {
        this.levels = Map.copyOf(levels);
    }

    public static BasicWords builtIn() {
        try (InputStream in = BasicWords.class.getResourceAsStream("basic-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("basic-words.txt is missing from the classpath");
            }
            Map<String, CefrLevel> levels = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int colon = line.indexOf(':');
                if (line.startsWith("#") || colon < 0) {
                    continue;
                }
                CefrLevel level = CefrLevel.valueOf(line.substring(0, colon).strip());
                for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                    levels.putIfAbsent(word.toLowerCase(Locale.GERMAN), level);
                }
            }
            return new BasicWords(levels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a card for this lemma would bore a learner at {@code learner}. */
    public boolean farBelow(String lemma, CefrLevel learner) {
        CefrLevel level = levels.get(lemma.toLowerCase(Locale.GERMAN));
        return level != null && learner.ordinal() - level.ordinal() >= FAR_BELOW;
    }
}
