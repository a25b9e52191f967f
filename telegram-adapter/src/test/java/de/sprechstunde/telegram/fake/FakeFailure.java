package de.sprechstunde.telegram.fake;

/**
 * A scripted error answer, shaped exactly like Telegram's (the HTTP status equals {@code error_code}).
 *
 * @param status the HTTP status and error_code
 * @param body   the JSON body
 */
public record FakeFailure(int status, String body) {

    public static FakeFailure tooManyRequests(int retryAfterSeconds) {
        return new FakeFailure(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}");
    }

    public static FakeFailure cantParseEntities() {
        return badRequest("can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\\\'");
    }

    public static FakeFailure notModified() {
        return badRequest("message is not modified: specified new message content and reply markup are exactly the same"
                + " as a current content and reply markup of the message");
    }

    public static FakeFailure blocked() {
        return new FakeFailure(403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");
    }

    public static FakeFailure badRequest(String description) {
        return new FakeFailure(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: " + description + "\"}");
    }

    /** What Telegram's front end answers while the Bot API server behind it is down. */
    public static FakeFailure badGateway() {
        return new FakeFailure(502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
    }

    public static FakeFailure internalServerError() {
        return new FakeFailure(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
    }
}
