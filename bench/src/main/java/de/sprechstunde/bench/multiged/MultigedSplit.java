package de.sprechstunde.bench.multiged;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one split of the MultiGED-2023 German data (train.tsv, dev.tsv, test.tsv as written by
 * {@code bench/scripts/multiged-german.py}): a token and its label c/i per line, a blank line
 * between sentences, double quotes escaped as {@code \"}.
 */
public final class MultigedSplit {

    private MultigedSplit() {
    }

    public static List<LabelledSentence> read(Path folder, String split) throws IOException {
        Path file = folder.resolve(split + ".tsv");
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " not found: write it with bench/scripts/multiged-german.py (see docs/grammar.md)");
        }
        List<LabelledSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<Boolean> wrong = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    sentences.add(LabelledSentence.of(tokens, wrong));
                    tokens.clear();
                    wrong.clear();
                }
                continue;
            }
            String[] fields = line.split("\t");
            tokens.add(fields[0].replace("\\\"", "\""));
            wrong.add(fields.length > 1 && fields[1].strip().equals("i"));
        }
        if (!tokens.isEmpty()) {
            sentences.add(LabelledSentence.of(tokens, wrong));
        }
        return sentences;
    }
}
