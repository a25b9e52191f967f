package de.sprechstunde.grammar;

import java.util.List;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.CategoryId;

/**
 * Which of LanguageTool's German rules stay on for learners' chat messages. Measured on the
 * project's corpus (docs/grammar.md): style, typography, punctuation and colloquialism rules only
 * add noise to chat text, and a lower-case first word is not a German mistake worth a correction.
 */
final class LanguageToolRules {

    static final List<String> OFF_CATEGORIES = List.of("TYPOGRAPHY", "STYLE", "REDUNDANCY", "REPETITIONS_STYLE",
            "GENDER_NEUTRALITY", "WIKIPEDIA", "CREATIVE_WRITING", "CORRESPONDENCE", "EMPFOHLENE_RECHTSCHREIBUNG",
            "HILFESTELLUNG_KOMMASETZUNG", "PUNCTUATION", "COLLOQUIALISMS");
    static final List<String> OFF_RULES = List.of("UPPERCASE_SENTENCE_START", "WHITESPACE_RULE", "DE_DOUBLE_PUNCTUATION",
            "COMMA_PARENTHESIS_WHITESPACE", "PUNCTUATION_PARAGRAPH_END", "DOUBLE_PUNCTUATION");

    private LanguageToolRules() {
    }

    static void apply(JLanguageTool tool) {
        for (String category : OFF_CATEGORIES) {
            tool.disableCategory(new CategoryId(category));
        }
        tool.disableRules(OFF_RULES);
    }
}
