#!/usr/bin/env python3
"""Regenerate Tests/DutchTextTests/Fixtures/modern-stems.tsv: every distinct word of the
modern motions (tk-moties) with its number of occurrences, its Snowball `dutch` stem as
PyStemmer 3 computes it (pip install 'pystemmer>=3'), and the stem of the word folded as the
index folds it (diacritics removed: what the analyzer stems).
`word<TAB>count<TAB>stem<TAB>stem of the folded word`. HistoricalSpellingTests holds the
analyzer to the last for at least 99.9% of the word occurrences.

A word is a maximal run of letters, lowercased (not folded: Snowball sees the diacritics).

Usage: scripts/make-modern-stem-vectors.py [SHARED_CORPUS_DIR] [--half even|odd]
  --half: only the even- or odd-numbered motions (sorted by name).
"""
import collections
import os
import re
import sys
import unicodedata

import Stemmer

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "..", "Tests", "DutchTextTests", "Fixtures", "modern-stems.tsv")
WORD = re.compile(r"[^\W\d_]+")


def fold(text):
    """Lowercase and strip diacritics, like the index's folding."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def main():
    arguments = [a for a in sys.argv[1:]]
    half = None
    if "--half" in arguments:
        half = arguments[arguments.index("--half") + 1]
        arguments = [a for a in arguments if a not in ("--half", half)]
    corpus = arguments[0] if arguments else os.path.join(HERE, "..", "..", "shared", "corpus")
    output = arguments[1] if len(arguments) > 1 else OUTPUT
    folder = os.path.join(corpus, "tk-moties")
    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    counts = collections.Counter()
    for index, name in enumerate(names):
        if (half == "even" and index % 2 == 1) or (half == "odd" and index % 2 == 0):
            continue
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as handle:
            for match in WORD.finditer(handle.read()):
                counts[match.group(0).lower()] += 1
    stemmer = Stemmer.Stemmer("dutch")
    with open(output, "w", encoding="utf-8") as handle:
        for word in sorted(counts):
            if "\t" in word:
                continue
            handle.write(f"{word}\t{counts[word]}\t{stemmer.stemWord(word)}\t{stemmer.stemWord(fold(word))}\n")
    print(f"{len(counts)} words, {sum(counts.values())} occurrences written to {output}")


if __name__ == "__main__":
    main()
