package de.sprechstunde.deploy.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every configuration variable, in the order of docs/configuration.md (ConfigurationDocTest keeps
 * the two in step). {@link Env} reads only declared variables, so none can be read undocumented.
 * The defaults shown here are text for the reader; the values come from the settings records'
 * {@code defaults()} (VariableDefaultsTest checks that they agree).
 */
final class Variables {

    private static final List<Variable> ALL = new ArrayList<>();

    static final Variable TELEGRAM_BOT_TOKEN = secret("TELEGRAM_BOT_TOKEN", "—", "telegram-adapter",
            "enables Telegram (`digits:letters`, from BotFather)");
    static final Variable TELEGRAM_API_URL = declare("TELEGRAM_API_URL", "`https://api.telegram.org`", "telegram-adapter",
            "Bot API base URL, also for file downloads; `http(s)://host[:port]` without a path");
    static final Variable TELEGRAM_MODE = declare("TELEGRAM_MODE", "`polling`", "telegram-adapter",
            "`polling` or `webhook`");
    static final Variable TELEGRAM_WEBHOOK_URL = declare("TELEGRAM_WEBHOOK_URL", "—", "telegram-adapter",
            "webhook mode: the public URL given to Telegram; served on `HTTP_PORT` at this URL's path");
    static final Variable TELEGRAM_WEBHOOK_SECRET = secret("TELEGRAM_WEBHOOK_SECRET", "—", "telegram-adapter",
            "webhook mode: 1–256 of `A-Za-z0-9_-`, checked on every call (401 otherwise)");
    static final Variable TELEGRAM_POLL_TIMEOUT_SECONDS = declare("TELEGRAM_POLL_TIMEOUT_SECONDS", "`50`", "telegram-adapter",
            "long-poll timeout, 1–90");
    static final Variable TELEGRAM_CHAT_INTERVAL_MS = declare("TELEGRAM_CHAT_INTERVAL_MS", "`1000`", "telegram-adapter",
            "one private chat's sustained spacing of messages, after a burst of 3");
    static final Variable TELEGRAM_GROUP_INTERVAL_MS = declare("TELEGRAM_GROUP_INTERVAL_MS", "`3000`", "telegram-adapter",
            "the same for groups, at most 60 s / interval messages in any minute (Telegram allows 20/min)");
    static final Variable TELEGRAM_MAX_CALLS_PER_SECOND = declare("TELEGRAM_MAX_CALLS_PER_SECOND", "`30`", "telegram-adapter",
            "overall cap, 1–30; the bot stays one call below it in any second");
    static final Variable DISCORD_BOT_TOKEN = secret("DISCORD_BOT_TOKEN", "—", "discord-adapter",
            "enables Discord");
    static final Variable DISCORD_API_URL = declare("DISCORD_API_URL", "`https://discord.com/api/v10/`", "discord-adapter",
            "REST base URL");
    static final Variable DISCORD_GATEWAY_URL = declare("DISCORD_GATEWAY_URL", "`wss://gateway.discord.gg/`", "discord-adapter",
            "gateway WebSocket URL");
    static final Variable DISCORD_SHARDS = declare("DISCORD_SHARDS", "— (one session)", "discord-adapter",
            "`auto` or 1–1024: run JDA's shard manager");
    static final Variable ADMIN_IDS = declare("ADMIN_IDS", "—", "bot-core",
            "who may run `/health` and `/stats`, e.g. `telegram:123,discord:456`");
    static final Variable OLLAMA_HOST = declare("OLLAMA_HOST", "`http://localhost:11434`", "ollama-adapter",
            "http/https URL, no user info");
    static final Variable OLLAMA_HOSTS = declare("OLLAMA_HOSTS", "— (one host: `OLLAMA_HOST`)", "ollama-adapter",
            "comma-separated http/https URLs, a pool: least-busy routing, ejection, per-host health and metrics; not together with `OLLAMA_HOST`");
    static final Variable OLLAMA_MODEL = declare("OLLAMA_MODEL", "`mistral:7b`", "ollama-adapter",
            "main model");
    static final Variable OLLAMA_MODEL_FAST = declare("OLLAMA_MODEL_FAST", "`llama3.2:3b`", "ollama-adapter",
            "fast model for voice turns");
    static final Variable OLLAMA_USE_FAST_FOR_VOICE = declare("OLLAMA_USE_FAST_FOR_VOICE", "`true`", "bot-core, ollama-adapter",
            "voice turns use the fast model (when false it is never pulled or warmed)");
    static final Variable OLLAMA_KEEP_ALIVE = declare("OLLAMA_KEEP_ALIVE", "`24h`", "ollama-adapter",
            "sent with every request and the warm-up (`10m`, `-1m` = forever, `0` = unload; plain seconds become `Ns`)");
    static final Variable OLLAMA_TEMPERATURE = declare("OLLAMA_TEMPERATURE", "`0.7`", "ollama-adapter",
            "0–2");
    static final Variable OLLAMA_MAX_TOKENS = declare("OLLAMA_MAX_TOKENS", "`2048`", "ollama-adapter",
            "`num_predict`; ≥ 1, or −1 for no limit");
    static final Variable OLLAMA_NUM_CTX = declare("OLLAMA_NUM_CTX", "`4096`", "ollama-adapter",
            "`num_ctx`, also sent with the preload");
    static final Variable OLLAMA_REQUEST_TIMEOUT = declare("OLLAMA_REQUEST_TIMEOUT", "`120`", "ollama-adapter",
            "seconds for a whole answer, retries included");
    static final Variable OLLAMA_FIRST_TOKEN_TIMEOUT = declare("OLLAMA_FIRST_TOKEN_TIMEOUT", "`60`", "ollama-adapter",
            "seconds to the first token; ≤ the request timeout");
    static final Variable OLLAMA_RETRIES = declare("OLLAMA_RETRIES", "`2`", "ollama-adapter",
            "extra attempts while nothing has streamed, 0–10");
    static final Variable OLLAMA_RETRY_BACKOFF_MS = declare("OLLAMA_RETRY_BACKOFF_MS", "`500`", "ollama-adapter",
            "first pause, doubling");
    static final Variable OLLAMA_PRELOAD_TIMEOUT = declare("OLLAMA_PRELOAD_TIMEOUT", "`300`", "ollama-adapter",
            "seconds a model load may take at warm-up");
    static final Variable OLLAMA_KEEP_WARM_INTERVAL = declare("OLLAMA_KEEP_WARM_INTERVAL", "`300`", "ollama-adapter",
            "seconds between keep-warm rounds");
    static final Variable OLLAMA_CHECK_TIMEOUT = declare("OLLAMA_CHECK_TIMEOUT", "`4`", "ollama-adapter",
            "seconds for `/api/tags` and `/api/ps`");
    static final Variable OLLAMA_PULL_MISSING = declare("OLLAMA_PULL_MISSING", "`true`", "ollama-adapter",
            "pull a model Ollama does not have");
    static final Variable OLLAMA_CORRECTION_TIMEOUT = declare("OLLAMA_CORRECTION_TIMEOUT", "`8`", "ollama-adapter",
            "seconds the fast model may take to propose corrections; later, the turn goes on without them");
    static final Variable WHISPER_HOST = declare("WHISPER_HOST", "—", "speech",
            "speech recognition server, http(s) URL");
    static final Variable WHISPER_API = declare("WHISPER_API", "`asr`", "speech",
            "`asr` (whisper-asr-webservice) or `openai` (OpenAI-compatible: speaches, faster-whisper-server)");
    static final Variable WHISPER_MODEL = declare("WHISPER_MODEL", "`medium`", "speech",
            "sent with the `openai` API");
    static final Variable WHISPER_LANGUAGE = declare("WHISPER_LANGUAGE", "`de`", "speech",
            "pinned, so short German clips are never taken for English");
    static final Variable WHISPER_TIMEOUT_SECONDS = declare("WHISPER_TIMEOUT_SECONDS", "`60`", "speech",
            "1–600");
    static final Variable WHISPER_ATTEMPTS = declare("WHISPER_ATTEMPTS", "`2`", "speech",
            "1–5");
    static final Variable PIPER_HOST = declare("PIPER_HOST", "—", "speech",
            "Piper over Wyoming, `tcp://host:port`");
    static final Variable PIPER_VOICE = declare("PIPER_VOICE", "`de_DE-thorsten-high`", "speech",
            "the voice Piper speaks with");
    static final Variable PIPER_TIMEOUT_SECONDS = declare("PIPER_TIMEOUT_SECONDS", "`30`", "speech",
            "1–300");
    static final Variable ESPEAK_PATH = declare("ESPEAK_PATH", "`espeak-ng`", "speech",
            "fallback voice without `PIPER_HOST`");
    static final Variable FFMPEG_PATH = declare("FFMPEG_PATH", "`ffmpeg`", "speech",
            "the ffmpeg program");
    static final Variable FFPROBE_PATH = declare("FFPROBE_PATH", "`ffprobe`", "speech",
            "the ffprobe program");
    static final Variable FFMPEG_TIMEOUT_SECONDS = declare("FFMPEG_TIMEOUT_SECONDS", "`30`", "speech",
            "longest one ffmpeg run may take, 1–600");
    static final Variable VOICE_MAX_SECONDS = declare("VOICE_MAX_SECONDS", "`60`", "bot-core, speech",
            "longest voice note accepted (refused before download), 1–600");
    static final Variable VOICE_MAX_BYTES = declare("VOICE_MAX_BYTES", "`20971520`", "bot-core, speech",
            "largest voice note accepted, up to 50 MiB");
    static final Variable ENABLE_GRAMMAR_CHECK = declare("ENABLE_GRAMMAR_CHECK", "`true`", "grammar",
            "LanguageTool and the learner rules; `false` loads nothing and the model corrects");
    static final Variable GRAMMAR_POOL_SIZE = declare("GRAMMAR_POOL_SIZE", "`2`", "grammar",
            "LanguageTool instances checking in parallel (1–16, ~40 MB each beyond the first)");
    static final Variable GRAMMAR_WAIT_MS = declare("GRAMMAR_WAIT_MS", "`5000`", "grammar",
            "how long a check waits for a free instance before returning no corrections");
    static final Variable REDIS_URL = declare("REDIS_URL", "—", "redis-adapter",
            "e.g. `redis://localhost:6379/0`, a cluster `redis-cluster://h1:p1,h2:p2` or `redis-sentinel://h:26379#master`; cache, rate limits, dedupe and daily counters shared by all instances");
    static final Variable REDIS_KEY_PREFIX = declare("REDIS_KEY_PREFIX", "`sprechstunde:`", "redis-adapter",
            "before every key");
    static final Variable REDIS_MAX_CONNECTIONS = declare("REDIS_MAX_CONNECTIONS", "`4`", "redis-adapter",
            "multiplexed connections, 1–64");
    static final Variable REDIS_TIMEOUT_MS = declare("REDIS_TIMEOUT_MS", "`500`", "redis-adapter",
            "command timeout");
    static final Variable MONGODB_URI = declare("MONGODB_URI", "—", "mongo-adapter",
            "e.g. `mongodb://localhost:27017/sprechstunde`; without it the embedded store under `DATA_DIR`");
    static final Variable MONGODB_MAX_POOL_SIZE = declare("MONGODB_MAX_POOL_SIZE", "`50`", "mongo-adapter",
            "most pooled driver connections");
    static final Variable MONGODB_MIN_POOL_SIZE = declare("MONGODB_MIN_POOL_SIZE", "`10`", "mongo-adapter",
            "fewest pooled driver connections, at most `MONGODB_MAX_POOL_SIZE`");
    static final Variable MONGODB_MAX_IDLE_TIME_MS = declare("MONGODB_MAX_IDLE_TIME_MS", "`45000`", "mongo-adapter",
            "idle pooled connections are closed after this");
    static final Variable MONGODB_TIMEOUT_MS = declare("MONGODB_TIMEOUT_MS", "`2000`", "mongo-adapter",
            "server selection and connect timeout");
    static final Variable CONVERSATION_RETENTION_DAYS = declare("CONVERSATION_RETENTION_DAYS", "`90`", "mongo-adapter",
            "turns older than this are deleted (TTL index; a sweep in embedded mode)");
    static final Variable CONVERSATION_MAX_TURNS = declare("CONVERSATION_MAX_TURNS", "`100`", "mongo-adapter",
            "turns kept per learner");
    static final Variable ENABLE_RESPONSE_CACHING = declare("ENABLE_RESPONSE_CACHING", "`true`", "bot-core, deploy (state)",
            "cache model answers");
    static final Variable CACHE_TTL_CONVERSATION = declare("CACHE_TTL_CONVERSATION", "`3600`", "bot-core, deploy (state)",
            "seconds a conversation answer is cached");
    static final Variable CACHE_TTL_GRAMMAR = declare("CACHE_TTL_GRAMMAR", "`86400`", "bot-core, deploy (state)",
            "seconds a grammar explanation is cached");
    static final Variable CACHE_TTL_SCENARIO = declare("CACHE_TTL_SCENARIO", "`7200`", "bot-core, deploy (state)",
            "seconds a scenario answer is cached");
    static final Variable CACHE_TTL_AUDIO = declare("CACHE_TTL_AUDIO", "`604800`", "deploy (state)",
            "seconds a synthesised voice clip is kept");
    static final Variable RATE_LIMIT_PER_MINUTE = declare("RATE_LIMIT_PER_MINUTE", "`30`", "bot-core, deploy (state)",
            "text messages per learner and minute; one notice per window; admins exempt");
    static final Variable RATE_LIMIT_VOICE_PER_MINUTE = declare("RATE_LIMIT_VOICE_PER_MINUTE", "`6`", "bot-core, deploy (state)",
            "voice notes per learner and minute, the same way");
    static final Variable INSTANCE_ID = declare("INSTANCE_ID", "host name", "deploy (state)",
            "which instance replays its own unanswered messages after a restart; give each instance its own");
    static final Variable STATE_WRITE_BUFFER = declare("STATE_WRITE_BUFFER", "`10000`", "deploy (state)",
            "writes kept per backend during an outage");
    static final Variable DATA_DIR = declare("DATA_DIR", "`./data`", "deploy, mongo-adapter, discord-adapter",
            "embedded MongoDB file, the Discord practice-thread list and the console-mode log");
    static final Variable MAX_TEXT_LENGTH = declare("MAX_TEXT_LENGTH", "`2000`", "bot-core",
            "longest learner text accepted, in characters (1–4096)");
    static final Variable HISTORY_TURNS = declare("HISTORY_TURNS", "`16`", "bot-core",
            "recent turns offered to the model");
    static final Variable CONTEXT_BUDGET_CHARS = declare("CONTEXT_BUDGET_CHARS", "`6000`", "bot-core",
            "most characters of history sent to the model (older turns are dropped)");
    static final Variable WORKER_THREADS = declare("WORKER_THREADS", "`8`", "bot-core",
            "threads for model, speech and storage work");
    static final Variable QUEUE_CAPACITY = declare("QUEUE_CAPACITY", "`500`", "bot-core",
            "messages in flight before new ones are asked to come again later");
    static final Variable DELIVERY_RETRY_WINDOW = declare("DELIVERY_RETRY_WINDOW", "`30`", "bot-core, telegram-adapter, discord-adapter",
            "seconds an adapter keeps retrying one send through 5xx, timeouts and resets before the reply is kept for later");
    static final Variable DELIVERY_FIRST_BACKOFF_MS = declare("DELIVERY_FIRST_BACKOFF_MS", "`500`", "telegram-adapter, discord-adapter",
            "milliseconds before the first retry of a send; doubles per attempt, with jitter");
    static final Variable DELIVERY_MAX_BACKOFF_MS = declare("DELIVERY_MAX_BACKOFF_MS", "`5000`", "telegram-adapter, discord-adapter",
            "the longest wait between two attempts of a send, in milliseconds");
    static final Variable DELIVERY_REDELIVERY_INTERVAL = declare("DELIVERY_REDELIVERY_INTERVAL", "`60`", "bot-core",
            "seconds between retries of replies kept as undelivered (also retried at every start)");
    static final Variable DELIVERY_GIVE_UP_AFTER = declare("DELIVERY_GIVE_UP_AFTER", "`86400`", "bot-core",
            "seconds after the learner's message a reply still undelivered is dropped (one WARN, `bot_errors_total{type=\"given_up\"}`) instead of delivered late (60–172800)");
    static final Variable WARMUP_NOTE_AFTER_MS = declare("WARMUP_NOTE_AFTER_MS", "`3000`", "bot-core",
            "a turn that waits for the models to load gets one \"warming up\" note after this long (0–60000)");
    static final Variable REMINDER_QUIET_HOURS = declare("REMINDER_QUIET_HOURS", "`22-8`", "bot-core",
            "learner-local hours `FROM-TO` (0–23) without reminders, unless the learner chose a time inside them; equal hours: none");
    static final Variable SRS_DESIRED_RETENTION = declare("SRS_DESIRED_RETENTION", "`0.9`", "bot-core",
            "FSRS's target: the chance a learner still knows a card when it comes due (0.7–0.99)");
    static final Variable HTTP_PORT = declare("HTTP_PORT", "`8000`", "deploy",
            "`/health`, `/ready`, `/metrics` and the Telegram webhook (0 picks a free port)");
    static final Variable ENABLE_METRICS = declare("ENABLE_METRICS", "`true`", "deploy",
            "serve `/metrics`");
    static final Variable LOG_LEVEL = declare("LOG_LEVEL", "`INFO`", "deploy",
            "TRACE, DEBUG, INFO, WARN or ERROR (JDA stays at INFO: it logs its login payload at TRACE)");
    static final Variable LOG_FORMAT = declare("LOG_FORMAT", "`text`", "deploy",
            "`text` (one readable line per event) or `json` (one JSON object per line on stderr, for log shippers)");

    private Variables() {
    }

    /** All declared variables, in the documentation's order. */
    static List<Variable> all() {
        return Collections.unmodifiableList(ALL);
    }

    private static Variable declare(String name, String shownDefault, String module, String meaning) {
        return add(new Variable(name, shownDefault, meaning, module, false));
    }

    // a secret's value never appears in a message, not even when it is malformed
    private static Variable secret(String name, String shownDefault, String module, String meaning) {
        return add(new Variable(name, shownDefault, meaning, module, true));
    }

    private static Variable add(Variable variable) {
        ALL.add(variable);
        return variable;
    }
}
