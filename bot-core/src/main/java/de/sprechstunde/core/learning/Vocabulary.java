package de.sprechstunde.core.learning;

import java.util.List;

/**
 * Finds the nouns and irregular verbs in German text with a dictionary (LanguageTool's tagger and
 * synthesizer in the {@code grammar} module), never with the model. Thread-safe; never throws:
 * a failure finds nothing.
 */
public interface Vocabulary {

    /** The nouns (with article and plural) and irregular verbs (with auxiliary and participle) in the text, each lemma once, in order. */
    List<WordEntry> find(String text);

    /** Finds nothing: no dictionary configured. */
    Vocabulary NONE = text -> List.of();
}
