package de.sprechstunde.bench;

import de.sprechstunde.bench.multiged.Flag;
import de.sprechstunde.bench.multiged.LabelledSentence;
import de.sprechstunde.bench.multiged.MultigedSplit;
import de.sprechstunde.bench.multiged.Parallel;
import de.sprechstunde.bench.multiged.RuleTally;
import de.sprechstunde.bench.multiged.TokenScore;
import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.grammar.GrammarSettings;
import de.sprechstunde.grammar.LanguageToolChecker;
import de.sprechstunde.grammar.LanguageToolChecker.RuleSelection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * Token-level error detection on the MultiGED-2023 German data (Falko-MERLIN learner essays), scored
 * as the shared task scores it: a token counts as flagged when any correction's span covers it.
 * Runs LanguageTool with its default rules, LanguageTool as the project configures it (no learner
 * rules), the whole checker as shipped, and every candidate rule unfiltered ({@code all-unfiltered}), and prints P/R/F0.5 plus each rule's precision on the tokens it
 * flagged. Not a test: it needs the data (docs/grammar.md says where to get it). Run:
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -Xmx2g -cp bench/target/bench.jar de.sprechstunde.bench.MultigedBench /work/data/multiged-2023/german dev
 *      [--configs lt-default,lt-default-suggested,lt-configured,checker] [--threads 2] [--examples flags.tsv]
 *      [--min-tokens 3] [--limit n]
 * </pre>
 */
public final class MultigedBench {

    private MultigedBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: MultigedBench <folder with train/dev/test.tsv> <split> [--configs a,b] [--threads n] [--examples file] [--min-tokens n] [--limit n]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        String split = args[1];
        Map<String, String> options = options(args);
        List<LabelledSentence> sentences = MultigedSplit.read(folder, split);
        int limit = Integer.parseInt(options.getOrDefault("limit", String.valueOf(sentences.size())));
        sentences = sentences.subList(0, Math.min(limit, sentences.size()));
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        PrintWriter examples = options.containsKey("examples")
                ? new PrintWriter(Files.newBufferedWriter(Path.of(options.get("examples")), StandardCharsets.UTF_8)) : null;
        System.out.printf(Locale.ROOT, "MultiGED-2023 German %s: %d sentences, %d tokens, %d marked wrong%n", split, sentences.size(),
                sentences.stream().mapToInt(LabelledSentence::size).sum(),
                sentences.stream().mapToLong(s -> s.wrong().stream().filter(w -> w).count()).sum());
        for (String config : options.getOrDefault("configs", "lt-default,lt-configured,checker").split(",")) {
            long started = System.nanoTime();
            List<List<Flag>> flags = run(config, sentences, threads);
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            report(config, sentences, flags, seconds, examples, Integer.parseInt(options.getOrDefault("min-tokens", "3")));
        }
        if (examples != null) {
            examples.close();
        }
    }

    private static List<List<Flag>> run(String config, List<LabelledSentence> sentences, int threads) throws Exception {
        return switch (config) {
            case "lt-default", "lt-default-suggested" -> {
                boolean suggestedOnly = config.endsWith("suggested");
                ThreadLocal<JLanguageTool> tools = ThreadLocal.withInitial(() -> new JLanguageTool(Languages.getLanguageForShortCode("de-DE")));
                yield parallel(sentences, threads, text -> languageTool(tools.get(), text, suggestedOnly));
            }
            case "lt-configured" -> withChecker(GrammarSettings.defaults().withLearnerRules(false), RuleSelection.SHIPPED, sentences, threads);
            case "checker" -> withChecker(GrammarSettings.defaults(), RuleSelection.SHIPPED, sentences, threads);
            case "checker-unfiltered" -> withChecker(GrammarSettings.defaults(), RuleSelection.RULES_UNFILTERED, sentences, threads);
            case "lt-configured-unfiltered" -> withChecker(GrammarSettings.defaults().withLearnerRules(false), RuleSelection.RULES_UNFILTERED,
                    sentences, threads);
            case "all-unfiltered" -> withChecker(GrammarSettings.defaults(), RuleSelection.ALL_UNFILTERED, sentences, threads);
            default -> throw new IllegalArgumentException(
                    "unknown config " + config + " (lt-default, lt-default-suggested, lt-configured, lt-configured-unfiltered, checker, "
                    + "checker-unfiltered, all-unfiltered)");
        };
    }

    private static List<Flag> languageTool(JLanguageTool tool, String text, boolean suggestedOnly) {
        try {
            List<Flag> flags = new ArrayList<>();
            for (RuleMatch match : tool.check(text)) {
                List<String> suggestions = match.getSuggestedReplacements();
                if (suggestedOnly && suggestions.isEmpty()) {
                    continue;
                }
                flags.add(new Flag(match.getFromPos(), match.getToPos(), match.getRule().getId(),
                        text.substring(match.getFromPos(), match.getToPos()), suggestions.isEmpty() ? "" : suggestions.get(0)));
            }
            return flags;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<List<Flag>> withChecker(GrammarSettings settings, RuleSelection selection, List<LabelledSentence> sentences,
            int threads) throws Exception {
        try (LanguageToolChecker checker = LanguageToolChecker.start(settings.withPoolSize(threads), selection)) {
            if (!checker.awaitReady(Duration.ofMinutes(10))) {
                throw new IllegalStateException("checker did not become ready: " + checker.health());
            }
            return parallel(sentences, threads, text -> {
                List<Flag> flags = new ArrayList<>();
                for (Correction c : checker.check(text, CefrLevel.B1)) {
                    flags.add(new Flag(c.start(), c.end(), c.ruleId(), c.wrong(), c.fix()));
                }
                return flags;
            });
        }
    }

    private static List<List<Flag>> parallel(List<LabelledSentence> sentences, int threads, Function<String, List<Flag>> check)
            throws Exception {
        return Parallel.map(sentences, threads, check);
    }

    private static void report(String config, List<LabelledSentence> sentences, List<List<Flag>> flags, long seconds,
            PrintWriter examples, int minTokens) {
        TokenScore score = new TokenScore();
        Map<String, RuleTally> rules = new TreeMap<>();
        long corrections = 0;
        long wider = 0;
        for (int s = 0; s < sentences.size(); s++) {
            LabelledSentence sentence = sentences.get(s);
            boolean[] flagged = new boolean[sentence.size()];
            for (Flag flag : flags.get(s)) {
                List<Integer> covered = sentence.tokensIn(flag.start(), flag.end());
                int wrong = 0;
                for (int token : covered) {
                    flagged[token] = true;
                    wrong += sentence.wrong().get(token) ? 1 : 0;
                }
                rules.computeIfAbsent(flag.ruleId(), id -> new RuleTally()).add(flag, covered.size(), wrong);
                corrections++;
                wider += flag.wider() ? 1 : 0;
                if (examples != null) {
                    examples.printf("%s\t%s\t%d/%d\t%s\t→ %s\t%s%n", config, flag.ruleId(), wrong, covered.size(), flag.wrong(),
                            flag.fix(), marked(sentence));
                }
            }
            for (int t = 0; t < sentence.size(); t++) {
                score.add(flagged[t], sentence.wrong().get(t));
            }
        }
        System.out.printf(Locale.ROOT, "%n%-14s %s   %d corrections, %d wider than their change, %d s%n", config, score.summary(),
                corrections, wider, seconds);
        System.out.printf(Locale.ROOT, "  %-44s %6s %7s %6s %6s %6s%n", "rule", "corr.", "tokens", "wrong", "P %", "wide");
        rules.entrySet().stream()
                .filter(e -> e.getValue().tokens() >= minTokens)
                .sorted(Comparator.comparingLong((Map.Entry<String, RuleTally> e) -> e.getValue().tokens()).reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-44s %6d %7d %6d %6.1f %6d%n", e.getKey(), e.getValue().corrections(),
                        e.getValue().tokens(), e.getValue().wrongTokens(), 100 * e.getValue().precision(), e.getValue().wider()));
        long rest = rules.values().stream().filter(t -> t.tokens() < minTokens).count();
        long restTokens = rules.values().stream().filter(t -> t.tokens() < minTokens).mapToLong(RuleTally::tokens).sum();
        long restWrong = rules.values().stream().filter(t -> t.tokens() < minTokens).mapToLong(RuleTally::wrongTokens).sum();
        System.out.printf(Locale.ROOT, "  %-44s %6s %7d %6d %6.1f%n", rest + " rules under " + minTokens + " tokens each", "",
                restTokens, restWrong, restTokens == 0 ? 100.0 : 100.0 * restWrong / restTokens);
    }

    /** The sentence with the tokens the annotators marked wrong in [brackets]. */
    private static String marked(LabelledSentence sentence) {
        StringBuilder out = new StringBuilder();
        for (int t = 0; t < sentence.size(); t++) {
            out.append(t == 0 ? "" : " ").append(sentence.wrong().get(t) ? "[" + sentence.tokens().get(t) + "]" : sentence.tokens().get(t));
        }
        return out.toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 2; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
