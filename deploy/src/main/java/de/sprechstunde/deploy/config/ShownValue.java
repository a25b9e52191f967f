package de.sprechstunde.deploy.config;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a bad value is quoted in a message: as it was given, except that a secret is never shown and
 * the credentials in a URL are masked ({@code redis://user:***@host:6379/0}).
 */
final class ShownValue {

    private ShownValue() {
    }

    /** {@code 'value'}, {@code 'masked URL'}, or words saying a secret is not shown. */
    static String of(Variable variable, String value) {
        if (variable.secret()) {
            return "a value that is not shown";
        }
        return "'" + maskCredentials(value) + "'";
    }

    /** Each comma-separated entry on its own, so a list of URLs (OLLAMA_HOSTS) is masked throughout. */
    static String maskCredentials(String value) {
        return Arrays.stream(value.split(",", -1)).map(ShownValue::maskOne).collect(Collectors.joining(","));
    }

    private static String maskOne(String value) {
        int schemeEnd = value.indexOf("://");
        if (schemeEnd < 0) {
            return value;
        }
        int authorityStart = schemeEnd + 3;
        int at = value.lastIndexOf('@', authorityEnd(value, authorityStart) - 1);
        if (at < authorityStart) {
            return value;
        }
        String userInfo = value.substring(authorityStart, at);
        int colon = userInfo.indexOf(':');
        // a user name alone may itself be a token (redis://token@host), so it is masked too
        String masked = colon >= 0 ? userInfo.substring(0, colon) + ":***" : "***";
        return value.substring(0, authorityStart) + masked + value.substring(at);
    }

    private static int authorityEnd(String value, int from) {
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return i;
            }
        }
        return value.length();
    }
}
