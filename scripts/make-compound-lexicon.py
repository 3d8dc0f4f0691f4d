#!/usr/bin/env python3
"""Build the compound splitter's lexicon from the real corpus.

Reads every .txt file under the corpus folder, folds words the way the index does
(lowercase, diacritics removed), counts them and writes `word<TAB>count` lines for
the words that may serve as compound parts or whole-word frequencies. Words that are
almost always capitalized inside a sentence (names of persons, places, institutions)
get a third column `N`: `word<TAB>count<TAB>N`.

Words broken by a hyphen at a line end or inside a line ("speelau-tomaten",
"Kamer-\nstukken") are joined first, and the first half of a suspended compound
("staats- en volkenrecht") is not counted, so hyphenation fragments do not become parts.

Usage: scripts/make-compound-lexicon.py [CORPUS_DIR] [OUTPUT_TSV]
"""
import collections
import os
import re
import sys
import unicodedata

MIN_LENGTH = 3
MIN_COUNT = 3
# A word is a name when it is capitalized inside a sentence at least NAME_MIN_CAPITALIZED
# times and written in lowercase at most once for every NAME_RATIO such times.
NAME_MIN_CAPITALIZED = 3
NAME_RATIO = 10

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.join(HERE, "..", "..", "shared", "corpus")
DEFAULT_OUTPUT = os.path.join(HERE, "..", "Sources", "DutchText", "Resources", "compound-lexicon.tsv")

# Two words joined by a hyphen, possibly across a line break: "speelau-tomaten",
# "Neder-\nland", "oud-minister", "EU-lidstaten".
HYPHENATED = re.compile(r"([^\W_]+)-[ \t]*\n?[ \t]*([^\W_]+)")
SOFT_HYPHEN = "\u00ad"
# The first half of a suspended compound: "staats- en", "bouw- of", "land-, tuin-".
SUSPENDED = re.compile(r"[^\W\d_]+-(?=,|\s+(?:en|of|tot|en/of)\b)")
# A run of letters and digits; only runs of letters count as words, so "1ste",
# "2den" and "Nederland1" are no words.
WORD = re.compile(r"[^\W_]+")
# What may stand between a sentence start and its first word.
SENTENCE_BREAK = re.compile(r"[.!?:;\"'(\u201c\u2018\u2022*-]")


def fold(text):
    """Lowercase and strip diacritics, like the index's folding."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def count_case(text, capitalized, lowercase, fold_cache):
    """Count, per folded word, its capitalized uses inside a sentence and its lowercase uses."""
    for line in text.split("\n"):
        previous_end = None
        for match in WORD.finditer(line):
            word = match.group(0)
            folded = fold_cache.get(word)
            if folded is None:
                folded = fold_cache[word] = fold(word)
            if word[0].islower():
                lowercase[folded] += 1
            elif (len(word) > 1 and word[1:].islower() and previous_end is not None
                  and not SENTENCE_BREAK.search(line, previous_end, match.start())):
                capitalized[folded] += 1
            previous_end = match.end()


def count_words(corpus):
    """Count folded words; a hyphenated pair counts as one word when that word
    also occurs unbroken (a word broken by the line end or by OCR), else as two."""
    counts = collections.Counter()
    pairs = collections.Counter()
    capitalized = collections.Counter()
    lowercase = collections.Counter()
    fold_cache = {}
    for folder, _, files in sorted(os.walk(corpus)):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as handle:
                text = handle.read().replace(SOFT_HYPHEN, "")
            count_case(text, capitalized, lowercase, fold_cache)
            text = fold(text)
            text = SUSPENDED.sub(" ", text)
            text = HYPHENATED.sub(lambda m: pairs.update([m.groups()]) or " ", text)
            counts.update(word for word in WORD.findall(text) if word.isalpha())
    for (left, right), count in pairs.items():
        if not (left.isalpha() and right.isalpha()):
            continue
        if counts[left + right] > 0:
            counts[left + right] += count
        else:
            counts[left] += count
            counts[right] += count
    names = {
        word for word, count in capitalized.items()
        if count >= NAME_MIN_CAPITALIZED and lowercase[word] * NAME_RATIO <= count
    }
    return counts, names


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_CORPUS
    output = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUTPUT
    counts, names = count_words(corpus)
    kept = sorted(
        (word, count)
        for word, count in counts.items()
        if count >= MIN_COUNT and len(word) >= MIN_LENGTH and word.isascii() and word.isalpha()
    )
    os.makedirs(os.path.dirname(output), exist_ok=True)
    with open(output, "w", encoding="utf-8") as handle:
        for word, count in kept:
            handle.write(f"{word}\t{count}\tN\n" if word in names else f"{word}\t{count}\n")
    flagged = sum(1 for word, _ in kept if word in names)
    print(f"{len(counts)} distinct words, {len(kept)} written ({flagged} names) to {output}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
