package de.sprechstunde.grammar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The team's learner corpus (learner-corpus.tsv): sentences, each wrong one with its expected fix. */
final class LearnerCorpus {

    /**
     * One line of the corpus.
     *
     * @param sentence as a learner wrote it
     * @param category the mistake's category, {@code none} for a correct sentence
     * @param wrong    the wrong part (first occurrence in the sentence)
     * @param fix      what should replace it
     */
    record Entry(String sentence, String category, String wrong, String fix) {
        boolean correct() {
            return category.equals("none");
        }

        int wrongStart() {
            return sentence.indexOf(wrong);
        }

        int wrongEnd() {
            return wrongStart() + wrong.length();
        }

        String corrected() {
            return sentence.substring(0, wrongStart()) + fix + sentence.substring(wrongEnd());
        }
    }

    private LearnerCorpus() {
    }

    /** The corpus the targets apply to. */
    static List<Entry> load() {
        return load("/learner-corpus.tsv");
    }

    /** Held-out sentences, never used to tune the rules: {@code holdout} or {@code holdout2}. */
    static List<Entry> loadHoldout(String name) {
        return load("/learner-corpus-" + name + ".tsv");
    }

    private static List<Entry> load(String resource) {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                LearnerCorpus.class.getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 4) {
                    throw new IllegalStateException("corpus line needs 4 tab-separated fields: " + line);
                }
                Entry entry = new Entry(fields[0], fields[1], fields[2], fields[3]);
                if (!entry.correct() && entry.wrongStart() < 0) {
                    throw new IllegalStateException("wrong part not in sentence: " + line);
                }
                entries.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
