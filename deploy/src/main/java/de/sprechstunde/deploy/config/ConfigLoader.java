package de.sprechstunde.deploy.config;

import de.sprechstunde.core.config.TutorSettings;
import de.sprechstunde.core.reminder.QuietHours;
import de.sprechstunde.core.reminder.ReminderSettings;
import de.sprechstunde.deploy.state.StateSettings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads and validates the whole configuration; the first bad value stops with a {@link ConfigException}.
 * A value several modules need is read once and handed to each.
 */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    public static AppConfig load(Env env) {
        Path dataDir = env.parse(Variables.DATA_DIR, Path::of).orElse(StateSettings.DEFAULT_DATA_DIR);
        TutorSettings tutor = CoreConfig.read(env);
        return new AppConfig(
                tutor,
                HttpSettings.read(env),
                LogSettings.read(env),
                dataDir,
                OllamaConfig.read(env, tutor.fastModelForVoice()),
                StateConfig.read(env, dataDir, tutor.cachingEnabled()),
                SpeechConfig.read(env, tutor.maxVoiceDuration(), tutor.maxVoiceBytes()),
                GrammarConfig.read(env),
                TelegramConfig.read(env),
                DiscordConfig.read(env, dataDir),
                DeliveryConfig.read(env),
                env.millis(Variables.WARMUP_NOTE_AFTER_MS, Duration.ofSeconds(3), 0, 60_000),
                ReminderSettings.defaults().withQuiet(env.parse(Variables.REMINDER_QUIET_HOURS, QuietHours::parse)
                        .orElse(QuietHours.DEFAULT)),
                env.decimal(Variables.SRS_DESIRED_RETENTION, 0.9, 0.7, 0.99));
    }
}
