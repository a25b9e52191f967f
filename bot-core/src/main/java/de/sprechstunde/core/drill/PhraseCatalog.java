package de.sprechstunde.core.drill;

import de.sprechstunde.core.learner.CefrLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The pronunciation phrases and how the next one is chosen. The built-in set lives in
 * {@code phrases.tsv} next to this class. Immutable and thread-safe.
 */
public final class PhraseCatalog {

    /** Below this score the same phrase comes again. */
    public static final int REPEAT_BELOW = 70;
    /** From this score on, phrases one level above the learner's may come next. */
    public static final int STRETCH_FROM = 90;
    /** The need of a sound the learner has not practised yet (as if they averaged this score). */
    static final double UNTRIED_SOUND = 60;
    /** How much more a sound of a word the learner just got wrong is needed. */
    static final double STRUGGLED_BONUS = 20;
    /** Phrases whose need is this close to the neediest one are picked from at random. */
    static final double NEED_TOLERANCE = 5;

    private final List<DrillPhrase> phrases;

    public PhraseCatalog(List<DrillPhrase> phrases) {
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("a phrase catalogue needs phrases");
        }
        Set<String> ids = new HashSet<>();
        for (DrillPhrase phrase : phrases) {
            if (!ids.add(phrase.id())) {
                throw new IllegalArgumentException("duplicate phrase id " + phrase.id());
            }
        }
        this.phrases = List.copyOf(phrases);
    }

    /** The built-in phrases (A1–C1, tagged by the sounds they train). */
    public static PhraseCatalog builtIn() {
        try (InputStream in = PhraseCatalog.class.getResourceAsStream("phrases.tsv")) {
            if (in == null) {
                throw new IllegalStateException("phrases.tsv is missing from the classpath");
            }
            return new PhraseCatalog(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read phrases.tsv", e);
        }
    }

    private static List<DrillPhrase> parse(BufferedReader reader) throws IOException {
        List<DrillPhrase> parsed = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 5) {
                throw new IllegalStateException("phrases.tsv line " + number + ": expected 5 tab-separated columns");
            }
            Set<Sound> sounds = new HashSet<>();
            for (String sound : columns[2].split(",")) {
                sounds.add(Sound.valueOf(sound.strip()));
            }
            parsed.add(new DrillPhrase(columns[0], columns[3], columns[4], CefrLevel.valueOf(columns[1]), sounds));
        }
        return parsed;
    }

    public List<DrillPhrase> all() {
        return phrases;
    }

    public Optional<DrillPhrase> find(String id) {
        return phrases.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The first phrase of a drill: at or just below the learner's level, for their weakest sounds. */
    public DrillPhrase first(CefrLevel level, Map<Sound, Double> soundAverages, RandomGenerator random) {
        return pick(level, false, soundAverages, Set.of(), "", random);
    }

    /** A different phrase than {@code previous}, as chosen for the first one; for a learner who skips. */
    public DrillPhrase another(CefrLevel level, Map<Sound, Double> soundAverages, DrillPhrase previous, RandomGenerator random) {
        return pick(level, false, soundAverages, Set.of(), previous.id(), random);
    }

    /**
     * The phrase after a scored attempt. Below {@link #REPEAT_BELOW} the same phrase comes again.
     * Otherwise another phrase at or just below the learner's level (or up to one level above, from
     * {@link #STRETCH_FROM} with no word to retry), preferring phrases that train the sounds the
     * learner scores worst on, the sounds just got wrong ({@link SoundSpotter#struggledIn}) counting as more urgent.
     *
     * @param soundAverages the learner's average score per sound; missing sounds count as untried
     */
    public DrillPhrase next(CefrLevel level, Map<Sound, Double> soundAverages, DrillPhrase previous,
                            PronunciationScore score, RandomGenerator random) {
        if (score.overall() < REPEAT_BELOW) {
            return previous;
        }
        Set<Sound> struggled = EnumSet.noneOf(Sound.class);
        score.retries().forEach(word -> struggled.addAll(SoundSpotter.struggledIn(word, previous.sounds())));
        boolean stretch = score.overall() >= STRETCH_FROM && score.retries().isEmpty();
        return pick(level, stretch, soundAverages, struggled, previous.id(), random);
    }

    private DrillPhrase pick(CefrLevel level, boolean stretch, Map<Sound, Double> averages, Set<Sound> struggled,
                             String previousId, RandomGenerator random) {
        int highest = level.ordinal() + (stretch ? 1 : 0);
        List<DrillPhrase> suitable = phrases.stream()
                .filter(p -> !p.id().equals(previousId))
                .filter(p -> p.level().ordinal() <= highest && level.ordinal() - p.level().ordinal() <= 1)
                .toList();
        if (suitable.isEmpty()) {
            suitable = phrases.stream().filter(p -> !p.id().equals(previousId)).toList();
        }
        if (suitable.isEmpty()) {
            return phrases.get(0);
        }
        double bestNeed = suitable.stream().mapToDouble(p -> need(p, averages, struggled)).min().orElseThrow();
        List<DrillPhrase> neediest = suitable.stream()
                .filter(p -> need(p, averages, struggled) <= bestNeed + NEED_TOLERANCE)
                .toList();
        return neediest.get(random.nextInt(neediest.size()));
    }

    /** Lower is more needed: the weakest trained sound's average, struggled sounds made more urgent. */
    private static double need(DrillPhrase phrase, Map<Sound, Double> averages, Set<Sound> struggled) {
        return phrase.sounds().stream()
                .mapToDouble(s -> averages.getOrDefault(s, UNTRIED_SOUND) - (struggled.contains(s) ? STRUGGLED_BONUS : 0))
                .min().orElse(UNTRIED_SOUND);
    }
}
