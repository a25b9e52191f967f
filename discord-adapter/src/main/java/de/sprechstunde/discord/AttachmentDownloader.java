package de.sprechstunde.discord;

import de.sprechstunde.core.message.VoiceTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Fetches attachment bytes. Only from Discord's CDN hosts or the configured REST host (where a
 * local fake serves them in tests), never more than the size limit, and without the bot token:
 * attachment URLs are signed and need no authorisation.
 */
final class AttachmentDownloader {

    private static final Set<String> DISCORD_CDN = Set.of("cdn.discordapp.com", "media.discordapp.net");

    private final OkHttpClient http;
    private final String apiHost;
    private final long maxBytes;

    AttachmentDownloader(OkHttpClient http, URI apiUrl, long maxBytes) {
        this.http = http;
        this.apiHost = apiUrl.getHost().toLowerCase(Locale.ROOT);
        this.maxBytes = maxBytes;
    }

    byte[] download(String url) throws IOException {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new IOException("not an attachment URL");
        }
        String host = parsed.host().toLowerCase(Locale.ROOT);
        if (!DISCORD_CDN.contains(host) && !host.equals(apiHost)) {
            throw new IOException("refusing to download an attachment from " + host);
        }
        try (Response response = http.newCall(new Request.Builder().url(parsed).get().build()).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("attachment download failed with HTTP " + response.code());
            }
            ResponseBody body = response.body();
            if (body.contentLength() > maxBytes) {
                throw new VoiceTooLargeException(body.contentLength(), maxBytes);
            }
            try (InputStream in = body.byteStream()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new VoiceTooLargeException(-1, maxBytes);
                }
                return bytes;
            }
        }
    }
}
