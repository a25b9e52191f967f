package de.sprechstunde.telegram.api;

import de.sprechstunde.core.config.Secret;
import de.sprechstunde.core.message.VoiceTooLargeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;

/**
 * Fetches a file a learner sent: {@code getFile}, then {@code GET <api>/file/bot<token>/<file_path>}
 * on the configured API base. telegrambots' own {@code downloadFile} always goes to
 * api.telegram.org and ignores the HTTP status, so it is not used. Thread-safe.
 */
public final class FileDownloader {

    /** Bots may download files up to 20 MB. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final BotApi api;
    private final OkHttpClient http;
    private final HttpUrl apiBase;
    private final Secret token;

    public FileDownloader(BotApi api, OkHttpClient http, HttpUrl apiBase, Secret token) {
        this.api = api;
        this.http = http;
        this.apiBase = apiBase;
        this.token = token;
    }

    /**
     * @throws IOException when Telegram does not know the file, it is over 20 MB, or the download fails;
     *                     the message never contains the token
     */
    public byte[] download(String fileId) throws IOException {
        ApiResult<File> located = api.call(GetFile.builder().fileId(fileId).build());
        File file = located.result().orElseThrow(() -> new IOException("getFile failed: " + describe(located)));
        if (file.getFileSize() != null && file.getFileSize() > MAX_BYTES) {
            throw new VoiceTooLargeException(file.getFileSize(), MAX_BYTES);
        }
        if (file.getFilePath() == null || file.getFilePath().isBlank()) {
            throw new IOException("getFile returned no file_path");
        }
        HttpUrl url = apiBase.newBuilder()
                .addPathSegment("file")
                .addPathSegment("bot" + token.reveal())
                .addPathSegments(file.getFilePath())
                .build();
        try (Response response = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("file download answered HTTP " + response.code());
            }
            return readAtMost(response.body(), MAX_BYTES);
        } catch (VoiceTooLargeException e) {
            throw e;
        } catch (IOException e) {
            // OkHttp may name the URL, which carries the token
            throw new IOException(token.redact(e.getMessage()));
        }
    }

    private static byte[] readAtMost(ResponseBody body, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = body.byteStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (out.size() + read > limit) {
                    throw new VoiceTooLargeException(-1, limit);
                }
                out.write(buffer, 0, read);
            }
        }
        return out.toByteArray();
    }

    private static String describe(ApiResult<?> result) {
        if (result instanceof ApiResult.Failed<?> failed) {
            return failed.description();
        }
        return result.getClass().getSimpleName();
    }
}
