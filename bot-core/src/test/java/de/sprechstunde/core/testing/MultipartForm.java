package de.sprechstunde.core.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small {@code multipart/form-data} reader for the fake servers (Whisper, the Telegram Bot API,
 * Discord REST): each part's name, file name, content type and bytes, as OkHttp and the JDK write them.
 */
public final class MultipartForm {

    /**
     * One part of the form.
     *
     * @param fileName    null for plain fields
     * @param contentType null when the part has no Content-Type header
     */
    public record Part(String name, String fileName, String contentType, byte[] content) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    // \b keeps "filename=" from being read as the part's name
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");
    private static final byte[] HEADERS_END = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private MultipartForm() {
    }

    /** The parts of {@code body}; fails on a body without a boundary or one that never ends. */
    public static List<Part> parse(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!boundary.find()) {
            throw new IllegalArgumentException("not multipart: " + contentType);
        }
        byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 2 <= body.length && body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            start += 2; // CRLF after the delimiter
            int next = indexOf(body, delimiter, start);
            int headersEnd = indexOf(body, HEADERS_END, start);
            if (next < 0 || headersEnd < 0 || headersEnd > next) {
                throw new IllegalArgumentException("unterminated multipart body");
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(body, headersEnd + HEADERS_END.length, next - 2); // CRLF before the delimiter
            parts.add(part(headers, content));
            at = next;
        }
        return parts;
    }

    private static Part part(String headers, byte[] content) {
        String name = null;
        String fileName = null;
        String contentType = null;
        for (String line : headers.split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-disposition:")) {
                name = group(NAME, line);
                fileName = group(FILE_NAME, line);
            } else if (lower.startsWith("content-type:")) {
                contentType = line.substring(line.indexOf(':') + 1).strip();
            }
        }
        return new Part(name, fileName, contentType, content);
    }

    private static String group(Pattern pattern, String line) {
        Matcher matcher = pattern.matcher(line);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
