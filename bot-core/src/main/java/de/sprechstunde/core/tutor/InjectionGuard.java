package de.sprechstunde.core.tutor;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises attempts to talk the tutor out of its role or into revealing its instructions.
 * Such messages get a fixed in-role answer and never reach the model; everything else still
 * travels to the model only inside the user role and clearly delimited (see {@link PromptBuilder}).
 */
public final class InjectionGuard {

    private static final List<Pattern> ATTEMPTS = List.of(
            pattern("\\b(ignore|disregard|forget|override|bypass)\\b.{0,40}\\b(instructions?|rules|prompt|guidelines|directives)\\b"),
            pattern("\\b(reveal|show|print|repeat|output|tell me|what (is|are))\\b.{0,30}\\b(system prompt|your (instructions|rules|prompt))\\b"),
            pattern("\\bsystem ?prompt\\b"),
            pattern("\\byou are (now|no longer)\\b"),
            pattern("\\bfrom now on,? you\\b"),
            pattern("\\b(pretend|act) (to be|as if|like you are)\\b"),
            pattern("\\byou (will|must|should) (now )?(act|pretend|behave)\\b"),
            pattern("\\b(jailbreak|dan mode|developer mode)\\b"),
            pattern("\\b(ignorier|vergiss|missachte)\\w*\\b.{0,40}\\b(anweisungen|regeln|vorgaben|instruktionen|prompt)\\b"),
            pattern("\\b(zeig|verrat|nenn|gib)\\w*\\b.{0,30}\\b(deine[nrm]? )?(anweisungen|systemprompt|system-prompt|regeln)\\b"),
            pattern("\\bab (jetzt|sofort) bist du\\b"),
            pattern("</?\\s*(system|learner|instructions?)\\s*>"));

    private static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    /** True when the text tries to change the tutor's role or extract its instructions. */
    public boolean isAttempt(String learnerText) {
        return ATTEMPTS.stream().anyMatch(p -> p.matcher(learnerText).find());
    }

    /**
     * True when a model answer repeats part of the system prompt: any of its rule lines of
     * 40 characters or more, verbatim.
     */
    public boolean leaksPrompt(String answer, String systemPrompt) {
        String lowerAnswer = answer.toLowerCase();
        return systemPrompt.lines()
                .map(String::strip)
                .map(line -> line.startsWith("- ") ? line.substring(2) : line)
                .filter(line -> line.length() >= 40)
                .anyMatch(line -> lowerAnswer.contains(line.toLowerCase()));
    }
}
