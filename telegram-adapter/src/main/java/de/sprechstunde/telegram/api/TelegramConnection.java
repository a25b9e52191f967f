package de.sprechstunde.telegram.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.sprechstunde.core.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.io.IOException;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The HTTP side of one bot: an OkHttp client for calls and downloads, a second one (own sockets
 * and pool, long read timeout) for long polling so a poll held open can be ended alone at
 * shutdown, and the telegrambots client on the configured base URL.
 */
public final class TelegramConnection implements AutoCloseable {

    private static final String EMPTY_POLL = "{\"ok\":true,\"result\":[]}";

    private final PollSockets pollSockets = new PollSockets();
    private volatile boolean pollsStopped;
    private final OkHttpClient http;
    private final OkHttpClient polling;
    private final TelegramUrl telegramUrl;
    private final HttpUrl apiBase;
    private final OkHttpTelegramClient client;

    public TelegramConnection(URI apiUrl, Secret token, Duration pollTimeout) {
        Dispatcher calls = new Dispatcher();
        // the default of 5 per host would queue worker threads' calls behind each other
        calls.setMaxRequests(64);
        calls.setMaxRequestsPerHost(32);
        this.http = new OkHttpClient.Builder()
                .dispatcher(calls)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(90))
                .build();
        this.polling = http.newBuilder()
                .dispatcher(new Dispatcher())
                .readTimeout(pollTimeout.plusSeconds(30))
                .callTimeout(Duration.ZERO)
                .socketFactory(pollSockets)
                .connectionPool(new ConnectionPool())
                // a poll must never be sent twice behind our back, least of all after shutdown closed its socket
                .retryOnConnectionFailure(false)
                .addInterceptor(this::quietAfterStop)
                .build();
        this.apiBase = HttpUrl.get(apiUrl.toString());
        this.telegramUrl = TelegramUrl.builder()
                .schema(apiBase.scheme())
                .host(apiBase.host())
                .port(apiBase.port())
                .testServer(false)
                .build();
        this.client = new OkHttpTelegramClient(new ObjectMapper(), http, token.reveal(), telegramUrl);
    }

    public OkHttpTelegramClient client() {
        return client;
    }

    public OkHttpClient http() {
        return http;
    }

    /** The client long polling must use: {@link #cancelPolls()} ends its calls without touching replies. */
    public OkHttpClient polling() {
        return polling;
    }

    public TelegramUrl telegramUrl() {
        return telegramUrl;
    }

    /** Scheme, host and port of the Bot API, for file downloads. */
    public HttpUrl apiBase() {
        return apiBase;
    }

    /** Ends a getUpdates call that is being held open, so polling stops at once; later polls return nothing. */
    public void cancelPolls() {
        pollsStopped = true;
        pollSockets.closeAll();
    }

    /**
     * A poll ended by our own shutdown reads as an empty poll: telegrambots would otherwise log
     * it as an ERROR with a stack trace and back off.
     */
    private Response quietAfterStop(Interceptor.Chain chain) throws IOException {
        if (pollsStopped) {
            return emptyPoll(chain);
        }
        try {
            return chain.proceed(chain.request());
        } catch (IOException e) {
            if (!pollsStopped) {
                throw e;
            }
            return emptyPoll(chain);
        }
    }

    private static Response emptyPoll(Interceptor.Chain chain) {
        return new Response.Builder()
                .request(chain.request())
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK (polling stopped)")
                .body(ResponseBody.create(EMPTY_POLL, MediaType.get("application/json")))
                .build();
    }

    @Override
    public void close() {
        cancelPolls();
        polling.dispatcher().executorService().shutdown();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        polling.connectionPool().evictAll();
    }
}
