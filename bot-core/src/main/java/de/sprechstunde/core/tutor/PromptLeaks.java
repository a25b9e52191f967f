package de.sprechstunde.core.tutor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notices a model answer that repeats the tutor's instructions, however the model was talked into
 * it. Learner text is never screened for "attacks" — a learner asking for grammar rules or setting
 * up a role-play must not be refused — so the defence is structural (learner text only in the
 * user role, delimited; see {@link PromptBuilder}) and this check on what comes back: an answer
 * that contains any {@value #RUN_WORDS} consecutive words of the system prompt's instructions
 * (ignoring case, accents' composition, punctuation and spacing) is a leak.
 */
public final class PromptLeaks {

    /** Six words in a row is far more than a German answer shares with English instructions by chance. */
    static final int RUN_WORDS = 6;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CHUNK = Pattern.compile("\\S+");

    /** The runs of one system prompt's instructions, worked out once for every check of one answer. */
    static final class Instructions {

        private final Set<String> runs;

        private Instructions(Set<String> runs) {
            this.runs = runs;
        }

        /** True when the text repeats a run of these instructions. */
        boolean repeatedIn(String text) {
            List<String> words = words(text);
            for (int i = 0; i + RUN_WORDS <= words.size(); i++) {
                if (runs.contains(String.join(" ", words.subList(i, i + RUN_WORDS)))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** True when the answer repeats a run of the system prompt's instructions. */
    public boolean leaks(String answer, String systemPrompt) {
        return instructionsOf(systemPrompt).repeatedIn(answer);
    }

    Instructions instructionsOf(String systemPrompt) {
        return new Instructions(runs(instructions(systemPrompt)));
    }

    /**
     * The part of a growing answer that may be shown: all but its last {@code RUN_WORDS - 1} words,
     * so a leak is noticed (on the full text) before any word of it is visible.
     */
    String showable(String soFar) {
        Matcher chunks = CHUNK.matcher(soFar);
        List<Integer> ends = new ArrayList<>();
        while (chunks.find()) {
            ends.add(chunks.end());
        }
        int keep = ends.size() - (RUN_WORDS - 1);
        return keep <= 0 ? "" : soFar.substring(0, ends.get(keep - 1));
    }

    // Quoted learner corrections ("  * \"wrong\" -> \"fix\"") are the learner's words, not instructions.
    private static String instructions(String systemPrompt) {
        StringBuilder text = new StringBuilder();
        systemPrompt.lines().filter(line -> !line.stripLeading().startsWith("* ")).forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    private static Set<String> runs(String text) {
        List<String> words = words(text);
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN_WORDS <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN_WORDS)));
        }
        return runs;
    }

    private static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return List.of(NOT_A_WORD.split(folded)).stream().filter(word -> !word.isEmpty()).toList();
    }
}
