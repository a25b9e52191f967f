package de.sprechstunde.core.pipeline;

import de.sprechstunde.core.command.AddCommand;
import de.sprechstunde.core.command.CommandRegistry;
import de.sprechstunde.core.command.CorrectionsCommand;
import de.sprechstunde.core.command.ForgetCommand;
import de.sprechstunde.core.command.HealthCommand;
import de.sprechstunde.core.command.HelpCommand;
import de.sprechstunde.core.command.LanguageCommand;
import de.sprechstunde.core.command.LevelCommand;
import de.sprechstunde.core.command.ModeCommand;
import de.sprechstunde.core.command.ProgressCommand;
import de.sprechstunde.core.command.RateCommand;
import de.sprechstunde.core.command.RemindCommand;
import de.sprechstunde.core.command.ResetCommand;
import de.sprechstunde.core.command.ReviewCommand;
import de.sprechstunde.core.command.StartCommand;
import de.sprechstunde.core.command.StatsCommand;
import de.sprechstunde.core.command.TestCommand;
import de.sprechstunde.core.command.TimezoneCommand;
import de.sprechstunde.core.command.VoiceCommand;
import de.sprechstunde.core.command.WordsCommand;
import de.sprechstunde.core.concurrent.DaemonThreads;
import de.sprechstunde.core.config.DeliverySettings;
import de.sprechstunde.core.config.StateLimits;
import de.sprechstunde.core.config.TutorSettings;
import de.sprechstunde.core.drill.PhraseCatalog;
import de.sprechstunde.core.drill.PronunciationScorer;
import de.sprechstunde.core.health.HealthRegistry;
import de.sprechstunde.core.learning.BasicWords;
import de.sprechstunde.core.learning.CardErasure;
import de.sprechstunde.core.learning.CardHarvester;
import de.sprechstunde.core.learning.CardProgress;
import de.sprechstunde.core.learning.CardScheduler;
import de.sprechstunde.core.learning.CardStore;
import de.sprechstunde.core.learning.Fsrs;
import de.sprechstunde.core.learning.FsrsParameters;
import de.sprechstunde.core.learning.Reviews;
import de.sprechstunde.core.learning.Vocabulary;
import de.sprechstunde.core.memory.InMemoryAudioCache;
import de.sprechstunde.core.memory.InMemoryCardStore;
import de.sprechstunde.core.memory.InMemoryConversationStore;
import de.sprechstunde.core.memory.InMemoryDailyCounters;
import de.sprechstunde.core.memory.InMemoryLearnerStore;
import de.sprechstunde.core.memory.InMemoryMessageLedger;
import de.sprechstunde.core.memory.InMemoryProgressStore;
import de.sprechstunde.core.memory.InMemoryRateLimiter;
import de.sprechstunde.core.memory.InMemoryReminderClaims;
import de.sprechstunde.core.memory.InMemoryReminderStore;
import de.sprechstunde.core.memory.InMemoryResponseCache;
import de.sprechstunde.core.memory.LoggingAuditLog;
import de.sprechstunde.core.metrics.BotMetrics;
import de.sprechstunde.core.placement.PlacementBank;
import de.sprechstunde.core.placement.PlacementTest;
import de.sprechstunde.core.port.AudioCache;
import de.sprechstunde.core.port.AudioTranscoder;
import de.sprechstunde.core.port.AuditLog;
import de.sprechstunde.core.port.CardFigures;
import de.sprechstunde.core.port.ChatModel;
import de.sprechstunde.core.port.ConversationStore;
import de.sprechstunde.core.port.CorrectionProposer;
import de.sprechstunde.core.port.DailyCounters;
import de.sprechstunde.core.port.DueCards;
import de.sprechstunde.core.port.GrammarChecker;
import de.sprechstunde.core.port.LearnerStore;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.ModelWarmth;
import de.sprechstunde.core.port.PersonalData;
import de.sprechstunde.core.port.ProgressChart;
import de.sprechstunde.core.port.ProgressStore;
import de.sprechstunde.core.port.RateLimiter;
import de.sprechstunde.core.port.ReminderClaims;
import de.sprechstunde.core.port.ReminderStore;
import de.sprechstunde.core.port.ResponseCache;
import de.sprechstunde.core.port.SpeechToText;
import de.sprechstunde.core.port.TextToSpeech;
import de.sprechstunde.core.reminder.ReminderScheduler;
import de.sprechstunde.core.reminder.ReminderSettings;
import de.sprechstunde.core.reminder.Reminders;
import de.sprechstunde.core.reminder.Streaks;
import de.sprechstunde.core.scenario.ScenarioCatalog;
import de.sprechstunde.core.tutor.ConversationLesson;
import de.sprechstunde.core.tutor.ConversationMemory;
import de.sprechstunde.core.tutor.CorrectionFormatter;
import de.sprechstunde.core.tutor.DrillFeedback;
import de.sprechstunde.core.tutor.DrillLesson;
import de.sprechstunde.core.tutor.GrammarCorrections;
import de.sprechstunde.core.tutor.LearnerEraser;
import de.sprechstunde.core.tutor.LearnerFocus;
import de.sprechstunde.core.tutor.LessonMode;
import de.sprechstunde.core.tutor.ModelTiers;
import de.sprechstunde.core.tutor.PlacementLesson;
import de.sprechstunde.core.tutor.PromptBuilder;
import de.sprechstunde.core.tutor.PromptLeaks;
import de.sprechstunde.core.tutor.ReviewLesson;
import de.sprechstunde.core.tutor.ScenarioLesson;
import de.sprechstunde.core.tutor.TurnHistory;
import de.sprechstunde.core.tutor.TutorAnswerer;
import de.sprechstunde.core.tutor.VoiceReplier;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Wires the tutor core from its ports. Only the chat model is required; every other port defaults
 * to its in-process implementation (or to "not configured" for speech), so tests and the embedded
 * mode need to name only what they replace.
 */
public final class TutorBotBuilder {

    /** Threads that synthesise speech for all turns together. */
    private static final int VOICE_THREADS = 4;

    private final ChatModel chatModel;
    private TutorSettings settings = TutorSettings.defaults();
    // for the in-process state ports made here when none is given
    private final StateLimits limits = StateLimits.defaults();
    private DeliverySettings delivery = DeliverySettings.defaults();
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = new Random();
    private MeterRegistry meters = new SimpleMeterRegistry();
    private HealthRegistry health;
    private MessageLedger ledger;
    private LearnerStore learners;
    private ConversationStore conversations;
    private ProgressStore progress;
    private CardStore cards;
    private Vocabulary vocabulary = Vocabulary.NONE;
    private double desiredRetention = 0.9;
    private DailyCounters daily;
    private ResponseCache responseCache;
    private AudioCache audioCache;
    private RateLimiter rateLimiter;
    private AuditLog audit = new LoggingAuditLog();
    private GrammarChecker grammar = GrammarChecker.NONE;
    private CorrectionProposer proposer = CorrectionProposer.NONE;
    private SpeechToText speechToText;
    private TextToSpeech textToSpeech;
    private AudioTranscoder transcoder = AudioTranscoder.NONE;
    private final List<PersonalData> personalData = new ArrayList<>();
    private ScenarioCatalog scenarios = ScenarioCatalog.builtIn();
    private PhraseCatalog phrases = PhraseCatalog.builtIn();
    private ReminderStore reminderStore;
    private ReminderClaims reminderClaims;
    private DueCards dueCards;
    private ReminderSettings reminderSettings = ReminderSettings.defaults();
    private ProgressChart progressChart = ProgressChart.NONE;
    private CardFigures cardFigures;
    private ModelWarmth warmth = ModelWarmth.ALWAYS_WARM;
    private Duration warmupNoteAfter = Duration.ofSeconds(3);
    private Duration longestWarmupHold = Duration.ofMinutes(5);

    public TutorBotBuilder(ChatModel chatModel) {
        this.chatModel = Objects.requireNonNull(chatModel, "chatModel");
    }

    public TutorBotBuilder settings(TutorSettings value) { this.settings = value; return this; }
    public TutorBotBuilder delivery(DeliverySettings value) { this.delivery = value; return this; }
    public TutorBotBuilder clock(Clock value) { this.clock = value; return this; }
    public TutorBotBuilder random(RandomGenerator value) { this.random = value; return this; }
    public TutorBotBuilder meterRegistry(MeterRegistry value) { this.meters = value; return this; }
    public TutorBotBuilder health(HealthRegistry value) { this.health = value; return this; }
    public TutorBotBuilder ledger(MessageLedger value) { this.ledger = value; return this; }
    public TutorBotBuilder learners(LearnerStore value) { this.learners = value; return this; }
    public TutorBotBuilder conversations(ConversationStore value) { this.conversations = value; return this; }
    public TutorBotBuilder progress(ProgressStore value) { this.progress = value; return this; }
    /** The learners' cards; in-memory by default. */
    public TutorBotBuilder cardStore(CardStore value) { this.cards = value; return this; }
    /** Finds nouns and irregular verbs for cards; none by default. */
    public TutorBotBuilder vocabulary(Vocabulary value) { this.vocabulary = value; return this; }
    /** FSRS's target recall probability ({@code SRS_DESIRED_RETENTION}). */
    public TutorBotBuilder desiredRetention(double value) { FsrsParameters.defaults(value); this.desiredRetention = value; return this; }
    public TutorBotBuilder dailyCounters(DailyCounters value) { this.daily = value; return this; }
    public TutorBotBuilder responseCache(ResponseCache value) { this.responseCache = value; return this; }
    public TutorBotBuilder audioCache(AudioCache value) { this.audioCache = value; return this; }
    public TutorBotBuilder rateLimiter(RateLimiter value) { this.rateLimiter = value; return this; }
    public TutorBotBuilder audit(AuditLog value) { this.audit = value; return this; }
    public TutorBotBuilder grammar(GrammarChecker value) { this.grammar = value; return this; }
    /** The model's proposed corrections, verified before they are shown; none by default. */
    public TutorBotBuilder correctionProposer(CorrectionProposer value) { this.proposer = value; return this; }
    public TutorBotBuilder speechToText(SpeechToText value) { this.speechToText = value; return this; }
    public TutorBotBuilder textToSpeech(TextToSpeech value) { this.textToSpeech = value; return this; }
    public TutorBotBuilder transcoder(AudioTranscoder value) { this.transcoder = value; return this; }
    public TutorBotBuilder personalData(PersonalData value) { this.personalData.add(value); return this; }
    public TutorBotBuilder scenarios(ScenarioCatalog value) { this.scenarios = value; return this; }
    public TutorBotBuilder phrases(PhraseCatalog value) { this.phrases = value; return this; }
    /** The durable reminder schedule; in process by default. */
    public TutorBotBuilder reminderStore(ReminderStore value) { this.reminderStore = value; return this; }
    /** Who sends each reminder when several instances run; in process by default. */
    public TutorBotBuilder reminderClaims(ReminderClaims value) { this.reminderClaims = value; return this; }
    /** How many cards are due, for reminders; the card store's count by default. */
    public TutorBotBuilder dueCards(DueCards value) { this.dueCards = value; return this; }
    /** Cards learned and review accuracy for {@code /progress}; read from the card store by default. */
    public TutorBotBuilder cardFigures(CardFigures value) { this.cardFigures = value; return this; }
    public TutorBotBuilder reminders(ReminderSettings value) { this.reminderSettings = value; return this; }
    /** Draws the {@code /progress} chart; without one {@code /progress} answers in text. */
    public TutorBotBuilder progressChart(ProgressChart value) { this.progressChart = value; return this; }

    /**
     * Holds lesson turns while {@code value} reports the models warming: the learner gets one
     * "warming up" note after {@code noteAfter}, and the turn goes ahead after {@code longest} at
     * the latest. By default the models are always warm and nothing is held.
     */
    public TutorBotBuilder modelWarmth(ModelWarmth value, Duration noteAfter, Duration longest) {
        if (noteAfter.isNegative() || longest.isNegative() || longest.isZero()) {
            throw new IllegalArgumentException("noteAfter must not be negative and longest must be positive");
        }
        this.warmth = Objects.requireNonNull(value, "warmth");
        this.warmupNoteAfter = noteAfter;
        this.longestWarmupHold = longest;
        return this;
    }

    public TutorBot build() {
        BotMetrics metrics = new BotMetrics(meters);
        metrics.startAtZero();
        HealthRegistry healthRegistry = health != null ? health : new HealthRegistry(clock, Duration.ofSeconds(5));
        MessageLedger messageLedger = or(ledger, () -> new InMemoryMessageLedger(limits.ledgerRetention(), limits.ledgerEntries(), clock));
        LearnerStore learnerStore = or(learners, InMemoryLearnerStore::new);
        ConversationStore conversationStore = or(conversations, () -> new InMemoryConversationStore(settings.historyTurns()));
        ProgressStore progressStore = or(progress, InMemoryProgressStore::new);
        DailyCounters dailyCounters = or(daily, InMemoryDailyCounters::new);
        CardStore cardStore = or(cards, InMemoryCardStore::new);
        metrics.dueBacklog(() -> cardStore.dueBacklog(clock.instant()));
        CardHarvester harvester = new CardHarvester(cardStore, vocabulary, BasicWords.builtIn(), metrics, clock);
        Reviews reviews = new Reviews(cardStore, new CardScheduler(new Fsrs(FsrsParameters.defaults(desiredRetention))),
                dailyCounters, metrics, clock);
        List<PersonalData> erasable = new ArrayList<>(personalData);
        erasable.add(new CardErasure(cardStore));
        ResponseCache cache = or(responseCache, () -> new InMemoryResponseCache(limits.cacheTtls(), limits.cacheEntries(), clock));
        AudioCache clips = or(audioCache, () -> new InMemoryAudioCache(limits.audioClips()));
        RateLimiter limiter = or(rateLimiter, () -> new InMemoryRateLimiter(limits.perMinute(), clock));

        PromptBuilder prompts = new PromptBuilder();
        TurnHistory history = new TurnHistory(conversationStore, new ConversationMemory(settings.contextBudgetChars()),
                settings.historyTurns(), clock);
        TutorAnswerer answerer = new TutorAnswerer(chatModel, cache, settings.cachingEnabled(), new PromptLeaks(), metrics);
        VoiceReplier voice = new VoiceReplier(Optional.ofNullable(textToSpeech), transcoder, clips, metrics, voicePool());
        ModelTiers tiers = new ModelTiers(settings.fastModelForVoice());
        GrammarCorrections corrections = new GrammarCorrections(grammar, proposer, new CorrectionFormatter(), progressStore,
                dailyCounters, metrics, clock);
        ScenarioLesson scenarioLesson = new ScenarioLesson(scenarios, prompts, history, answerer, voice, tiers);
        DrillLesson drillLesson = new DrillLesson(phrases, new PronunciationScorer(), new DrillFeedback(), voice,
                progressStore, clock, random, harvester);
        PlacementLesson placementLesson = new PlacementLesson(new PlacementTest(PlacementBank.builtIn()), grammar, dailyCounters,
                metrics, clock);
        // drills, reviews and the placement test need no model; conversation and scenario turns wait for the warm-up
        MessagePipeline.Lessons lessons = new MessagePipeline.Lessons(
                held(new ConversationLesson(corrections, prompts, history, answerer, voice, tiers,
                        new LearnerFocus(progressStore, cardStore, clock), harvester)),
                held(scenarioLesson), drillLesson, placementLesson, new ReviewLesson(reviews));

        ReminderStore schedules = or(reminderStore, InMemoryReminderStore::new);
        Reminders reminders = new Reminders(schedules, reminderSettings, clock);
        erasable.add(reminders);
        Streaks streaks = new Streaks(conversationStore);
        ChatPlatforms platforms = new ChatPlatforms();
        ReminderScheduler reminderScheduler = new ReminderScheduler(schedules,
                or(reminderClaims, InMemoryReminderClaims::new), learnerStore, progressStore,
                or(dueCards, () -> cardStore::dueCount), streaks, platforms::get,
                reminderSettings, dailyCounters, metrics, clock);

        CommandRegistry commands = new CommandRegistry(audit, clock);
        commands.register(new StartCommand())
                .register(new HelpCommand(commands))
                .register(new LevelCommand())
                .register(new TestCommand(placementLesson))
                .register(new ModeCommand(scenarios, scenarioLesson, drillLesson))
                .register(new VoiceCommand(voice::available))
                .register(new CorrectionsCommand())
                .register(new LanguageCommand())
                .register(new ProgressCommand(progressStore, progressChart,
                        or(cardFigures, () -> new CardProgress(cardStore)), streaks, clock))
                .register(new RemindCommand(reminders))
                .register(new TimezoneCommand(reminders))
                .register(new ReviewCommand(reviews))
                .register(new RateCommand(reviews))
                .register(new WordsCommand(cardStore, clock))
                .register(new AddCommand(harvester))
                .register(new ResetCommand(history))
                .register(new ForgetCommand(new LearnerEraser(learnerStore, conversationStore, progressStore, erasable, audit, clock)))
                .register(new HealthCommand(healthRegistry))
                .register(new StatsCommand(learnerStore, dailyCounters, cardStore, clock));

        VoiceInput voiceInput = new VoiceInput(Optional.ofNullable(speechToText), transcoder, platforms, settings, metrics);
        MessagePipeline pipeline = new MessagePipeline(messageLedger, new LearnerProfiles(learnerStore, clock),
                new InputGuard(limiter, settings, metrics), voiceInput, commands, lessons, settings,
                dailyCounters, metrics, clock);
        return new TutorBot(pipeline, messageLedger, platforms, commands, healthRegistry, health == null, metrics, workers(),
                settings.queueCapacity(), delivery, clock, reminderScheduler);
    }

    private LessonMode held(LessonMode lesson) {
        return warmth == ModelWarmth.ALWAYS_WARM ? lesson
                : new WarmupHold(lesson, warmth, warmupNoteAfter, longestWarmupHold);
    }

    /**
     * Syntheses of all turns together: a few threads (the voice server is the limit, and each
     * answer runs at most two at once), idle ones ending so a bot without voice keeps none.
     */
    private static ExecutorService voicePool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(VOICE_THREADS, VOICE_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), DaemonThreads.numbered("tutor-voice-"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private ExecutorService workers() {
        return Executors.newFixedThreadPool(settings.workerThreads(), DaemonThreads.numbered("tutor-worker-"));
    }

    private static <T> T or(T value, Supplier<T> fallback) {
        return value != null ? value : fallback.get();
    }
}
