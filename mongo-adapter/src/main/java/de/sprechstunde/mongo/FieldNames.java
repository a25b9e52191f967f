package de.sprechstunde.mongo;

/**
 * Makes free text (phrase ids, sound names, mistake categories) safe as a MongoDB field name:
 * a dot would be read as a path and a leading {@code $} as an operator, so both are replaced by
 * their full-width forms, which no category or phrase id uses.
 */
final class FieldNames {

    private FieldNames() {
    }

    static String encode(String name) {
        String safe = name.replace('.', '\uFF0E');
        return safe.startsWith("$") ? '\uFF04' + safe.substring(1) : safe;
    }

    static String decode(String field) {
        String name = field.replace('\uFF0E', '.');
        return name.startsWith("\uFF04") ? '$' + name.substring(1) : name;
    }
}
