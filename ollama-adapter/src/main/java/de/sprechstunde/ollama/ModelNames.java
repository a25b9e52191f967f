package de.sprechstunde.ollama;

import java.util.Collection;
import java.util.Locale;

/** Ollama model names compare without case and with the implied {@code :latest} tag. */
final class ModelNames {

    private ModelNames() {
    }

    static String canonical(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        int slash = lower.lastIndexOf('/');
        return lower.indexOf(':', slash + 1) < 0 ? lower + ":latest" : lower;
    }

    static boolean same(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    static boolean contains(Collection<String> names, String name) {
        String wanted = canonical(name);
        return names.stream().anyMatch(candidate -> candidate != null && canonical(candidate).equals(wanted));
    }
}
