#!/usr/bin/env python3
"""Copies a small, representative sample of ../shared/corpus into Corpus/ (deterministic).

The modern Kamerbrief, 100 moties and 100 historical papers (60 ministerial letters,
30 Kamervragen, 10 others), each folder with the matching lines of metadata.jsonl.
Usage: python3 scripts/make-sample-corpus.py [SHARED_CORPUS]
"""
import json, os, random, shutil, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "corpus")
target = os.path.join(root, "Corpus")
rng = random.Random(20260122)

def lines(path):
    with open(path, encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip()]

def copy(folder, files):
    os.makedirs(os.path.join(target, folder), exist_ok=True)
    meta_path = os.path.join(shared, folder, "metadata.jsonl")
    wanted = set(files)
    kept = []
    if os.path.exists(meta_path):
        for line in lines(meta_path):
            if json.loads(line)["file"] in wanted:
                kept.append(line)
    for name in sorted(files):
        shutil.copyfile(os.path.join(shared, folder, name), os.path.join(target, folder, name))
    if kept:
        with open(os.path.join(target, folder, "metadata.jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(kept) + "\n")

for folder in ("kamerbrieven", "tk-moties", "sgd-historical"):
    shutil.rmtree(os.path.join(target, folder), ignore_errors=True)

copy("kamerbrieven", sorted(f for f in os.listdir(os.path.join(shared, "kamerbrieven")) if f.endswith(".txt")))

moties = sorted(f for f in os.listdir(os.path.join(shared, "tk-moties")) if f.endswith(".txt"))
must = [m for m in ("kst-34104-439.txt", "kst-19637-3185.txt") if m in moties]
copy("tk-moties", sorted(set(must + rng.sample(moties, 100 - len(must)))))

sgd = os.path.join(shared, "sgd-historical")
letters = lines(os.path.join(sgd, "letters.list"))
questions = lines(os.path.join(sgd, "kamervragen.list"))
others = sorted(set(f for f in os.listdir(sgd) if f.endswith(".txt")) - set(letters) - set(questions))
# Files tests name: a letter with a page footer, OCR'd Kamervragen with "Bin-nenlandse".
picked = set(f for f in ("sgd-0000000696.txt", "sgd-0000156395.txt") if os.path.exists(os.path.join(sgd, f)))
picked |= set(rng.sample(letters, 60))
picked |= set(rng.sample(questions, 30))
picked |= set(rng.sample(others, 10))
copy("sgd-historical", sorted(picked))
print("copied", sum(len(fs) for _, _, fs in os.walk(target)), "files into", target)
