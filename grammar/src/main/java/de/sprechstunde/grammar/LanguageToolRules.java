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
            "COLLOQUIALISMS");
    static final List<String> NEVER_RULES = List.of("UPPERCASE_SENTENCE_START", "WHITESPACE_RULE",
            "COMMA_PARENTHESIS_WHITESPACE", "AUSLASSUNGSPUNKTE_LEERZEICHEN", "EINHEIT_LEERZEICHEN");
    static final List<String> OFF_RULES = List.of("DE_DOUBLE_PUNCTUATION", "PUNCTUATION_PARAGRAPH_END", "DOUBLE_PUNCTUATION");
    /**
     * LanguageTool rules that are off by default but find learners' mistakes (prepositions with the
     * accusative, relative pronouns, modal + conjugated verb, dich/dir …); switched on as candidates,
     * and the correction filter decides which of their corrections are shown (measured on MultiGED dev).
     * Not the optional commas, "Sie" without address or similar names: chat is full of those.
     */
    static final List<String> EXTRA_RULES = List.of("PRAEP_AKK", "GEMAESS_DES", "FALSCHES_RELATIVPRONOMEN",
            "MODALVERB_FLEKT_VERB", "DAS_DASS", "WERDEN_FOLGENDEN_SUB", "WELCHE_SUBMAS_IST", "FALSCHER_IMPERATIV",
            "FEHLENDES_NOMEN", "DICH_DIR", "DU_DIE", "IMP_AUX_SPELLING_RULE", "ANSTRENGEN_PHASE", "MORGEN_MIT_VERGANGENHEIT",
            "ZUR_FOLGE", "UM_LETZTERES", "KONJUNKTION_DASS_DAS", "KOMMA_INFINITIVGRUPPE_II", "ZWEI_UND_VIERZIG",
            "AUSGESCHRIEBENE_ZAHLEN", "ZUSAMMENSCHREIBUNG_DAZU", "SO_FERN");

    private LanguageToolRules() {
    }

    /**
     * Every rule that may propose a correction, for training and measuring the correction filter:
     * all of LanguageTool's German rules except white-space rules (the measured texts are rebuilt
     * from tokens, so their spacing is not the learner's) and sentence-start capitals (chat
     * messages start lower-case by habit).
     */
    static void applyCandidates(JLanguageTool tool) {
        tool.disableRules(NEVER_RULES);
        EXTRA_RULES.forEach(tool::enableRule);
    }

    /** Whether the shipped checker runs this rule at all (the filter then decides on each correction). */
    static boolean shipped(String ruleId, String categoryId) {
        return !OFF_CATEGORIES.contains(categoryId) && !NEVER_RULES.contains(ruleId) && !OFF_RULES.contains(ruleId);
    }

    static void apply(JLanguageTool tool) {
        for (String category : OFF_CATEGORIES) {
            tool.disableCategory(new CategoryId(category));
        }
        tool.disableRules(NEVER_RULES);
        tool.disableRules(OFF_RULES);
        EXTRA_RULES.forEach(tool::enableRule);
    }
}
