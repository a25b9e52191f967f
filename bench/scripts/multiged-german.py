#!/usr/bin/env python3
"""Writes the German MultiGED-2023 splits as train.tsv, dev.tsv, test.tsv into a folder.

Usage: multiged-german.py <multiged-2023 checkout or git dir> <output folder>

The repository (https://github.com/spraakbanken/multiged-2023, CC BY-SA 4.0, Falko and MERLIN
learner essays) publishes train and dev with token labels and the test set unlabelled; its labels
are derived here from the test M2 file it also ships (fm-test.m2), the way the shared task labelled
train and dev: a token is "i" when the last annotator-0 edit over it (an insertion counts for the
token after it) is not one that only inserts or replaces punctuation, and tokens transcribed as
"-unreadable-" are left out. On dev this derivation agrees with the published labels on all but
3 of 39,407 tokens. Needs only the Python standard library.
"""
import os
import string
import subprocess
import sys

PUNCTUATION = set(string.punctuation) | set("„“”‚‘–—…")


def read_file(source, path):
    if os.path.isfile(os.path.join(source, path)):
        with open(os.path.join(source, path), encoding="utf-8") as f:
            return f.read()
    return subprocess.run(["git", "--git-dir", source, "show", "HEAD:" + path],
                          check=True, capture_output=True, text=True).stdout


def only_punctuation(text):
    text = text.replace(" ", "")
    return bool(text) and all(ch in PUNCTUATION for ch in text)


def labelled_sentences(m2_text):
    for block in m2_text.strip().split("\n\n"):
        lines = block.split("\n")
        tokens = lines[0].split(" ")[1:]
        last_edit = {}
        for line in lines[1:]:
            fields = line.split("|||")
            start, end = (int(x) for x in fields[0].split()[1:3])
            kind, correction = fields[1], fields[2]
            if kind in ("noop", "UNK") or fields[-1] != "0":
                continue
            for i in range(start, max(end, start + 1)):
                last_edit[i] = (kind, correction)
        labels = []
        for i, token in enumerate(tokens):
            kind, correction = last_edit.get(i, ("", ""))
            wrong = bool(kind) and not ((kind == "M:PUNCT" or kind.startswith("R:")) and only_punctuation(correction))
            labels.append("i" if wrong else "c")
        yield [(t, l) for t, l in zip(tokens, labels) if t != "-unreadable-"]


def write(path, sentences):
    with open(path, "w", encoding="utf-8") as out:
        for sentence in sentences:
            for token, label in sentence:
                out.write(token.replace('"', '\\"') + "\t" + label + "\n")
            out.write("\n")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, target = sys.argv[1], sys.argv[2]
    os.makedirs(target, exist_ok=True)
    for split in ("train", "dev"):
        with open(os.path.join(target, split + ".tsv"), "w", encoding="utf-8") as out:
            out.write(read_file(source, "german/de_falko-merlin_" + split + ".tsv"))
    test = list(labelled_sentences(read_file(source, "german/fm-test.m2")))
    unlabelled = [s.split("\n") for s in read_file(source, "german/de_falko-merlin_test_unlabelled.tsv").strip().split("\n\n")]
    if [[t.replace('"', '\\"') for t, _ in s] for s in test] != unlabelled:
        sys.exit("test tokens derived from fm-test.m2 differ from de_falko-merlin_test_unlabelled.tsv")
    write(os.path.join(target, "test.tsv"), test)
    print("wrote", target, "- test:", len(test), "sentences,", sum(len(s) for s in test), "tokens,",
          sum(l == "i" for s in test for _, l in s), "marked wrong")


if __name__ == "__main__":
    main()
