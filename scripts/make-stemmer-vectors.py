#!/usr/bin/env python3
"""Regenerate Tests/DutchTextTests/Fixtures/stemmer-vectors.tsv, the reference stems
that DutchStemmerTests holds the Swift DutchStemmer to.

Each line is `word<TAB>stem`, sorted by word, where the stem comes from the Snowball 3
`dutch` algorithm (the Kraaij-Pohlmann based one) as PyStemmer 3 implements it:
    pip install 'pystemmer>=3'

A word is a maximal run of Unicode letters, lowercased. The vectors hold:
  - every distinct word of the repository's Corpus/ folder (if it exists),
  - every distinct word with a non-ASCII letter in the shared corpus (the hard cases),
  - the 5,000 most frequent words of the shared corpus,
  - a fixed-seed random sample of 30,000 further distinct words of the shared corpus.

Usage: scripts/make-stemmer-vectors.py [SHARED_CORPUS_DIR]
(default: ../shared/corpus next to the repository root)
"""

import collections
import os
import random
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(REPO, "Tests", "DutchTextTests", "Fixtures", "stemmer-vectors.tsv")
SEED = 20260130
SAMPLE_SIZE = 30_000
FREQUENT_SIZE = 5_000

# Letters, digits and '_' minus digits and '_': letters plus a few numeric symbols
# (such as '₂'), which split_letter_runs removes.
CANDIDATE = re.compile(r"[^\W\d_]+")


def split_letter_runs(token):
    """The maximal runs of str.isalpha() characters in token."""
    if token.isalpha():
        return [token]
    runs, current = [], []
    for character in token:
        if character.isalpha():
            current.append(character)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return runs


def count_words(folder):
    """Counts of the lowercase letter runs of every .txt file under folder."""
    counts = collections.Counter()
    if not os.path.isdir(folder):
        return counts
    for directory, _, files in os.walk(folder):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(directory, name), encoding="utf-8", errors="replace") as file:
                text = file.read()
            for token in CANDIDATE.findall(text):
                for run in split_letter_runs(token):
                    counts[run.lower()] += 1
    return counts


def main():
    try:
        import Stemmer
    except ImportError:
        sys.exit("PyStemmer is missing: pip install 'pystemmer>=3'")
    if "dutch_porter" not in Stemmer.algorithms():
        sys.exit("PyStemmer is too old: its 'dutch' is not the Snowball 3 (Kraaij-Pohlmann) one")

    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "corpus")
    local_counts = count_words(os.path.join(REPO, "Corpus"))
    shared_counts = count_words(shared)
    if not shared_counts:
        print(f"warning: no words found in {shared}", file=sys.stderr)

    words = set(local_counts)
    words.update(word for word in shared_counts if not word.isascii())
    frequent = [word for word, _ in shared_counts.most_common(FREQUENT_SIZE)]
    words.update(frequent)
    rest = sorted(set(shared_counts) - words)
    words.update(random.Random(SEED).sample(rest, min(SAMPLE_SIZE, len(rest))))

    stemmer = Stemmer.Stemmer("dutch")
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as output:
        for word in sorted(words):
            output.write(f"{word}\t{stemmer.stemWord(word)}\n")
    print(f"{len(words)} words ({len(local_counts)} from Corpus/, "
          f"{len(shared_counts)} distinct in {shared}) -> {os.path.relpath(OUTPUT, REPO)}")


if __name__ == "__main__":
    main()
