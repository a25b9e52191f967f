package de.sprechstunde.core.drill;

import static de.sprechstunde.core.drill.Sound.*;

import de.sprechstunde.core.learner.CefrLevel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/** The built-in pronunciation phrases and how the next one is chosen. */
public final class PhraseCatalog {

    private final List<DrillPhrase> phrases;

    public PhraseCatalog(List<DrillPhrase> phrases) {
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("a phrase catalogue needs phrases");
        }
        this.phrases = List.copyOf(phrases);
    }

    public static PhraseCatalog builtIn() {
        return new PhraseCatalog(List.of(
                new DrillPhrase("a1-01", "Guten Morgen, wie geht es dir?", "Good morning, how are you?", CefrLevel.A1, Set.of(R, VOWEL_LENGTH)),
                new DrillPhrase("a1-02", "Ich möchte zwei Brötchen, bitte.", "I'd like two bread rolls, please.", CefrLevel.A1, Set.of(UMLAUT_OE, ICH_LAUT, Z)),
                new DrillPhrase("a1-03", "Das Buch ist sehr gut.", "The book is very good.", CefrLevel.A1, Set.of(ACH_LAUT, FINAL_DEVOICING)),
                new DrillPhrase("a1-04", "Ich spreche ein bisschen Deutsch.", "I speak a little German.", CefrLevel.A1, Set.of(ICH_LAUT, SCH_SP_ST)),
                new DrillPhrase("a1-05", "Die Tür ist offen.", "The door is open.", CefrLevel.A1, Set.of(UMLAUT_UE, R)),
                new DrillPhrase("a2-01", "Am Wochenende fahre ich mit dem Zug nach München.", "At the weekend I'm taking the train to Munich.", CefrLevel.A2, Set.of(UMLAUT_UE, Z, ACH_LAUT)),
                new DrillPhrase("a2-02", "Der Kuchen schmeckt wirklich lecker.", "The cake tastes really delicious.", CefrLevel.A2, Set.of(ACH_LAUT, ICH_LAUT, SCH_SP_ST)),
                new DrillPhrase("a2-03", "Zwölf Zwerge ziehen zum Zoo.", "Twelve dwarves move to the zoo.", CefrLevel.A2, Set.of(Z, UMLAUT_OE)),
                new DrillPhrase("b1-01", "Ich würde gern einen Termin vereinbaren.", "I would like to make an appointment.", CefrLevel.B1, Set.of(UMLAUT_UE, R)),
                new DrillPhrase("b1-02", "Die Straßenbahnhaltestelle ist gleich um die Ecke.", "The tram stop is just around the corner.", CefrLevel.B1, Set.of(COMPOUNDS, SCH_SP_ST)),
                new DrillPhrase("b2-01", "Entschuldigung, könnten Sie das bitte wiederholen?", "Excuse me, could you repeat that please?", CefrLevel.B2, Set.of(UMLAUT_OE, ICH_LAUT, VOWEL_LENGTH)),
                new DrillPhrase("c1-01", "Die Geschwindigkeitsbegrenzung wird streng kontrolliert.", "The speed limit is strictly enforced.", CefrLevel.C1, Set.of(COMPOUNDS, SCH_SP_ST, R))));
    }

    public List<DrillPhrase> all() {
        return phrases;
    }

    public Optional<DrillPhrase> find(String id) {
        return phrases.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Chooses the next phrase: at or just below the learner's level, preferring phrases that train
     * the sounds the learner scores worst on, never the phrase just practised.
     *
     * @param soundAverages the learner's average score per sound; missing sounds count as untried
     */
    public DrillPhrase next(CefrLevel level, Map<Sound, Double> soundAverages, String previousId, RandomGenerator random) {
        List<DrillPhrase> suitable = phrases.stream()
                .filter(p -> !p.id().equals(previousId))
                .filter(p -> p.level().compareTo(level) <= 0 && level.ordinal() - p.level().ordinal() <= 1)
                .toList();
        if (suitable.isEmpty()) {
            suitable = phrases.stream().filter(p -> !p.id().equals(previousId)).toList();
        }
        Comparator<DrillPhrase> weakestFirst = Comparator.comparingDouble(p -> need(p, soundAverages));
        double bestNeed = suitable.stream().mapToDouble(p -> need(p, soundAverages)).min().orElse(0);
        List<DrillPhrase> best = suitable.stream()
                .filter(p -> need(p, soundAverages) <= bestNeed + 5)
                .sorted(weakestFirst)
                .toList();
        return best.get(random.nextInt(best.size()));
    }

    /** Lower is more needed: the weakest trained sound's average, untried sounds counting as 60. */
    private static double need(DrillPhrase phrase, Map<Sound, Double> soundAverages) {
        return phrase.sounds().stream().mapToDouble(s -> soundAverages.getOrDefault(s, 60.0)).min().orElse(60.0);
    }
}
