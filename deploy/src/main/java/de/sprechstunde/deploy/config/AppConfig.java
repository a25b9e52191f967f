package de.sprechstunde.deploy.config;

import de.sprechstunde.core.config.DeliverySettings;
import de.sprechstunde.core.config.TutorSettings;
import de.sprechstunde.core.reminder.ReminderSettings;
import de.sprechstunde.deploy.state.StateSettings;
import de.sprechstunde.discord.DiscordSettings;
import de.sprechstunde.grammar.GrammarSettings;
import de.sprechstunde.ollama.OllamaSettings;
import de.sprechstunde.speech.SpeechSettings;
import de.sprechstunde.telegram.TelegramSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole validated configuration, read once at start (see docs/configuration.md).
 *
 * @param tutor    the core's settings
 * @param http     the operator's endpoints
 * @param logging  LOG_LEVEL and LOG_FORMAT
 * @param dataDir  DATA_DIR, for the embedded store and the console log
 * @param ollama   the models
 * @param state    Redis, MongoDB, caches and rate limits
 * @param speech   ffmpeg, Whisper, Piper or espeak-ng
 * @param grammar  LanguageTool and the learner rules
 * @param telegram Telegram, when TELEGRAM_BOT_TOKEN is set
 * @param discord  Discord, when DISCORD_BOT_TOKEN is set
 * @param delivery how hard replies are pushed through platform failures (DELIVERY_*)
 * @param warmupNoteAfter WARMUP_NOTE_AFTER_MS: when a turn held for the model warm-up gets its note
 * @param reminders REMINDER_QUIET_HOURS and the scheduler's fixed settings
 * @param desiredRetention SRS_DESIRED_RETENTION: FSRS's target recall probability
 */
public record AppConfig(TutorSettings tutor, HttpSettings http, LogSettings logging, Path dataDir, OllamaSettings ollama,
                        StateSettings state, SpeechSettings speech, GrammarSettings grammar,
                        Optional<TelegramSettings> telegram, Optional<DiscordSettings> discord,
                        DeliverySettings delivery, Duration warmupNoteAfter, ReminderSettings reminders, double desiredRetention) {
    public AppConfig {
        Objects.requireNonNull(tutor, "tutor");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(logging, "logging");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(ollama, "ollama");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(speech, "speech");
        Objects.requireNonNull(grammar, "grammar");
        Objects.requireNonNull(telegram, "telegram");
        Objects.requireNonNull(discord, "discord");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(warmupNoteAfter, "warmupNoteAfter");
        Objects.requireNonNull(reminders, "reminders");
    }

    /** True when no platform is configured: the bot then chats on the console. */
    public boolean consoleChat() {
        return telegram.isEmpty() && discord.isEmpty();
    }
}
