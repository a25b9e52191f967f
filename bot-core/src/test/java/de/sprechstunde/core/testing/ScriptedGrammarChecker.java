package de.sprechstunde.core.testing;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.core.port.GrammarChecker;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A grammar checker for core tests: finds the scripted corrections in exactly the scripted texts
 * and nothing anywhere else, can be "warming up", and records every text it was asked to check.
 * The real LanguageTool checker lives in the {@code grammar} module.
 */
public final class ScriptedGrammarChecker implements GrammarChecker {

    private final Map<String, List<Correction>> findings = new ConcurrentHashMap<>();
    private final List<String> checked = new CopyOnWriteArrayList<>();
    private volatile boolean ready = true;

    /** {@code text} (exactly) has these mistakes. */
    public ScriptedGrammarChecker finds(String text, Correction... corrections) {
        findings.put(text, List.of(corrections));
        return this;
    }

    /** A rule's correction of the first {@code wrong} in {@code text}, with an English explanation. */
    public static Correction rule(String text, String wrong, String fix, String category) {
        int start = text.indexOf(wrong);
        if (start < 0) {
            throw new IllegalArgumentException("'" + wrong + "' is not in '" + text + "'");
        }
        return new Correction(start, start + wrong.length(), wrong, fix, category, "SCRIPTED_" + category.toUpperCase(),
                Map.of(ExplanationLanguage.ENGLISH, "Scripted " + category + " rule."));
    }

    /** Not ready, as while LanguageTool warms up: the tutor lets the model correct. */
    public ScriptedGrammarChecker warmingUp() {
        ready = false;
        return this;
    }

    @Override
    public List<Correction> check(String text, CefrLevel level) {
        checked.add(text);
        return findings.getOrDefault(text, List.of());
    }

    @Override
    public boolean ready() {
        return ready;
    }

    /** Every text checked, in order: the learner's and the corrected sentences of suggestions. */
    public List<String> checkedTexts() {
        return List.copyOf(checked);
    }
}
