#!/usr/bin/env python3
"""Writes the blind judging pool of similar letters (Benchmarks/similar/pool.jsonl).

Source letters are drawn seeded at random from strata of kind and era, not picked by hand:
the modern Kamerbrieven, moties of different dossiers in each year, and historical papers of
each decade (letters, Kamervragen, other papers mixed). For each, `kamerzoek similar` lists its
top 5; the pool shows each source with its candidates in a shuffled order, without scores or
reasons, so the judge cannot tell the ranking.

    Benchmarks/similar/pool.py --index /work/notes/index/full.sqlite [--binary .build/release/kamerzoek]
"""
import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SEED = 20261207
TOP = 5


def era(date):
    """The stratum's era: a year for moties, a decade for historical papers."""
    if not date:
        return "undated"
    year = int(date[:4])
    if year < 1950:
        return "before 1950"
    return f"{year // 10 * 10}s"


def draw(letters, rng):
    """The source letters: (id, stratum) pairs, seeded, stratified."""
    chosen = []
    # Modern Kamerbrieven: the kamerbrieven/ folder (dated or not) and any letter dated from 2000 that is no motie.
    modern = [l for l in letters if l["id"].startswith("kamerbrieven/")
              or (l["kind"] == "brief" and (l["date"] or "") >= "2000" and not l["id"].startswith("tk-moties/"))]
    for letter in rng.sample(modern, min(3, len(modern))):
        chosen.append((letter, "modern brief"))
    # Moties: five per year, each of another dossier (the dossier is in the id: kst-36410-XVI-12).
    moties = [l for l in letters if l["id"].startswith("tk-moties/") and l["date"]]
    for year in sorted({l["date"][:4] for l in moties}):
        pool = [l for l in moties if l["date"][:4] == year]
        rng.shuffle(pool)
        dossiers = set()
        taken = 0
        for letter in pool:
            dossier = letter["id"].split("/")[-1].rsplit("-", 1)[0]
            if dossier in dossiers:
                continue
            dossiers.add(dossier)
            chosen.append((letter, f"motie {year}"))
            taken += 1
            if taken == 5:
                break
    # Historical papers: four per era, a letter, Kamervragen and another paper first when the era has them.
    historical = [l for l in letters if l["id"].startswith("sgd-historical/")]
    for name in sorted({era(l["date"]) for l in historical}):
        in_era = [l for l in historical if era(l["date"]) == name]
        picks = []
        for kind in ("brief", "kamervragen", "other", "motie"):
            of_kind = [l for l in in_era if l["kind"] == kind]
            picks += rng.sample(of_kind, min(1, len(of_kind)))
        rest = [l for l in in_era if l not in picks]
        picks += rng.sample(rest, min(4 - len(picks), len(rest))) if len(picks) < 4 else []
        for letter in picks:
            chosen.append((letter, f"historical {name}"))
    return chosen


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", default="/work/notes/index/full.sqlite")
    parser.add_argument("--binary", default=None, help="kamerzoek binary (default: .build/release or .build/debug)")
    parser.add_argument("--out", default=os.path.join(HERE, "pool.jsonl"))
    args = parser.parse_args()
    binary = args.binary or next(
        (p for p in (os.path.join(ROOT, ".build/release/kamerzoek"), os.path.join(ROOT, ".build/debug/kamerzoek")) if os.path.exists(p)),
        None)
    if not binary:
        sys.exit("pool.py: no kamerzoek binary; build it or pass --binary")

    database = sqlite3.connect(f"file:{args.index}?mode=ro", uri=True)
    letters = [
        {"id": row[0], "kind": row[1], "date": row[2]}
        for row in database.execute("SELECT id, kind, date FROM letter ORDER BY id")
    ]
    rng = random.Random(SEED)
    sources = draw(letters, rng)
    ids = [letter["id"] for letter, _ in sources]
    run = subprocess.run([binary, "similar", "--json", "--limit", str(TOP), "--index", args.index, *ids],
                         capture_output=True, text=True, check=False)
    if run.returncode != 0:
        sys.exit(f"pool.py: kamerzoek similar failed: {run.stderr.strip()}")
    answers = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    if len(answers) != len(ids):
        sys.exit(f"pool.py: {len(answers)} answers for {len(ids)} letters")

    def shown(letter_id, characters):
        row = database.execute("SELECT title, date, text FROM letter WHERE id = ?", (letter_id,)).fetchone()
        title, date, text = row if row else ("", None, "")
        return {"id": letter_id, "title": title, "date": date, "text": " ".join(text.split())[:characters]}

    with open(args.out, "w", encoding="utf-8") as out:
        for (letter, stratum), answer in zip(sources, answers):
            candidates = [shown(result["id"], 400) for result in answer["results"]]
            rng.shuffle(candidates)
            source = shown(letter["id"], 600)
            source["kind"] = letter["kind"]
            source["stratum"] = stratum
            out.write(json.dumps({"source": source, "candidates": candidates}, ensure_ascii=False) + "\n")
    strata = sorted({stratum for _, stratum in sources})
    print(f"pool.py: {len(sources)} source letters in {len(strata)} strata, "
          f"{sum(len(a['results']) for a in answers)} candidates → {args.out}")


if __name__ == "__main__":
    main()
