#!/usr/bin/env python3
"""Build the modern vocabulary that tells today's spelling from the spelling before 1947.

HistoricalSpelling respells a word (`menschen` -> `mensen`, `regeering` -> `regering`) only
when the word as written is not a word of today's texts and its respelling is one. This
script lists the words of today's texts: every distinct word of the modern folders of the
corpus (the Tweede Kamer's motions and Kamerbrieven, 2008 onwards), folded as the index folds
them (lowercase, diacritics removed), `word<TAB>count` a line, sorted by word.

Usage: scripts/make-modern-vocabulary.py [CORPUS_DIR] [OUTPUT] [--half even|odd]
  --half keeps only the even- or odd-numbered files of each folder (sorted by name), to
  measure how the rule does on modern words it has not seen.
"""
import collections
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.join(HERE, "..", "..", "shared", "corpus")
DEFAULT_OUTPUT = os.path.join(HERE, "..", "Sources", "DutchText", "Resources", "modern-vocabulary.txt")
MODERN_FOLDERS = ["tk-moties", "kamerbrieven"]
WORD = re.compile(r"[^\W\d_]+")


def fold(text):
    """Lowercase and strip diacritics, like the index's folding."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def modern_files(corpus, half=None):
    for folder in MODERN_FOLDERS:
        names = sorted(n for n in os.listdir(os.path.join(corpus, folder)) if n.endswith(".txt"))
        for index, name in enumerate(names):
            if half == "even" and index % 2 == 1:
                continue
            if half == "odd" and index % 2 == 0:
                continue
            yield os.path.join(corpus, folder, name)


def vocabulary(corpus, half=None):
    counts = collections.Counter()
    for path in modern_files(corpus, half):
        with open(path, encoding="utf-8", errors="replace") as handle:
            for match in WORD.finditer(handle.read()):
                counts[fold(match.group(0))] += 1
    return counts


def main():
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    half = None
    if "--half" in sys.argv:
        half = sys.argv[sys.argv.index("--half") + 1]
        arguments = [a for a in arguments if a != half]
    corpus = arguments[0] if arguments else DEFAULT_CORPUS
    output = arguments[1] if len(arguments) > 1 else DEFAULT_OUTPUT
    counts = vocabulary(corpus, half)
    words = sorted(w for w in counts if w.isascii() and w.isalpha())
    with open(output, "w", encoding="utf-8") as handle:
        handle.write("".join(f"{w}\t{counts[w]}\n" for w in words))
    print(f"{len(words)} words written to {output}")


if __name__ == "__main__":
    main()
