package de.sprechstunde.core.tutor;

import de.sprechstunde.core.drill.DrillPhrase;
import de.sprechstunde.core.drill.PhraseCatalog;
import de.sprechstunde.core.drill.PronunciationScore;
import de.sprechstunde.core.drill.PronunciationScorer;
import de.sprechstunde.core.drill.Sound;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learning.CardHarvester;
import de.sprechstunde.core.learner.TutorMode;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.port.ProgressEvent;
import de.sprechstunde.core.port.ProgressStore;
import de.sprechstunde.core.port.ScoreSummary;
import de.sprechstunde.core.port.SpeakingRate;
import de.sprechstunde.core.tutor.DrillFeedback.Presentation;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Pronunciation drill: the tutor says a phrase, the learner repeats it as a voice note, the tutor
 * scores it word by word, speaks the words to retry slowly and offers the next phrase, chosen by
 * the score and the sounds the learner finds hardest.
 */
public final class DrillLesson implements LessonMode {

    /** At most this many words to retry are spoken slowly, so a garbled attempt is not answered with a flood of clips. */
    static final int MAX_SLOW_WORDS = 3;
    private static final Set<String> SKIP_WORDS = Set.of("skip", "next", "weiter", "nächste", "naechste", "/skip");

    private final PhraseCatalog phrases;
    private final PronunciationScorer scorer;
    private final DrillFeedback feedback;
    private final VoiceReplier voice;
    private final ProgressStore progress;
    private final Clock clock;
    private final RandomGenerator random;
    private final CardHarvester harvester;

    public DrillLesson(PhraseCatalog phrases, PronunciationScorer scorer, DrillFeedback feedback, VoiceReplier voice,
                       ProgressStore progress, Clock clock, RandomGenerator random, CardHarvester harvester) {
        this.phrases = phrases;
        this.scorer = scorer;
        this.feedback = feedback;
        this.voice = voice;
        this.progress = progress;
        this.clock = clock;
        this.random = random;
        this.harvester = harvester;
    }

    /** Starts a drill with a phrase chosen for the learner. */
    public LearnerProfile start(LearnerProfile learner, ReplySink sink) {
        return present(learner, first(learner), sink, Presentation.FIRST);
    }

    @Override
    public LearnerProfile play(TurnContext turn) {
        LearnerProfile learner = turn.profile();
        DrillPhrase phrase = phrases.find(((TutorMode.Drill) learner.mode()).phraseId()).orElseGet(() -> first(learner));
        if (!turn.spoken()) {
            if (SKIP_WORDS.contains(turn.text().strip().toLowerCase(Locale.GERMAN))) {
                return present(learner, phrases.another(learner.level(), soundAverages(learner), phrase, random),
                        turn.sink(), Presentation.NEXT);
            }
            turn.sink().send(Reply.Text.of(feedback.askForVoice(phrase, learner.explanations())));
            return learner;
        }
        PronunciationScore score = scorer.score(phrase.text(), turn.transcript().orElseThrow());
        progress.record(learner.id(), new ProgressEvent.DrillScore(phrase.id(),
                phrase.sounds().stream().map(Sound::name).collect(Collectors.toSet()), score.overall(), clock.instant()));
        turn.sink().send(Reply.Text.of(feedback.describe(phrase, score, learner.explanations())));
        harvester.fromDrill(learner, phrase, score);
        score.wordsToRetry().stream().distinct().limit(MAX_SLOW_WORDS).forEach(word -> voice.clipFor(word, SpeakingRate.SLOW)
                .ifPresent(clip -> turn.sink().send(new Reply.Voice(clip.withCaption(word)))));
        DrillPhrase next = phrases.next(learner.level(), soundAverages(learner), phrase, score, random);
        return present(learner, next, turn.sink(), next.equals(phrase) ? Presentation.AGAIN : Presentation.NEXT);
    }

    private DrillPhrase first(LearnerProfile learner) {
        return phrases.first(learner.level(), soundAverages(learner), random);
    }

    /** The learner's average drill score per sound, from their progress. */
    private Map<Sound, Double> soundAverages(LearnerProfile learner) {
        Map<Sound, Double> averages = new EnumMap<>(Sound.class);
        for (Map.Entry<String, ScoreSummary> entry : progress.load(learner.id()).drillBySound().entrySet()) {
            try {
                averages.put(Sound.valueOf(entry.getKey()), entry.getValue().average());
            } catch (IllegalArgumentException unknownSound) {
                // a sound from an older catalogue: ignore it
            }
        }
        return averages;
    }

    private LearnerProfile present(LearnerProfile learner, DrillPhrase phrase, ReplySink sink, Presentation presentation) {
        ExplanationLanguage language = learner.explanations();
        sink.send(Reply.Text.of(feedback.present(phrase, language, presentation, voice.available())));
        voice.clipFor(phrase.text(), SpeakingRate.NORMAL).ifPresent(clip -> sink.send(new Reply.Voice(clip)));
        return learner.withMode(new TutorMode.Drill(phrase.id()));
    }
}
