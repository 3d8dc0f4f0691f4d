#!/usr/bin/env python3
"""Reference scorer for Kamerzoek's relevance test collection.

Builds a plain SQLite FTS5 index (tokenizer unicode61, remove_diacritics 2, no
stemming, no compound splitting) over the corpus, runs every query of
Benchmarks/relevance/queries.json as an AND of its words (OR when the AND finds
nothing), ranks by bm25 and reports P@10, nDCG@10 and MRR averaged over queries.

With --run RUN.jsonl it scores another engine's ranking instead; each line is
{"qid": "q01", "ids": ["tk-moties/kst-19637-3185", ...]}, ids as in the index
(path relative to the corpus root, without .txt). A query missing from the run
counts as an empty ranking.

Metrics (per query, then averaged over all queries):
  P@10     share of the first 10 results with grade >= 2 (unjudged counts as 0).
  nDCG@10  graded gain (2^grade - 1), discount 1/log2(rank + 1), normalised by
           the ideal ordering of all judged documents of that query.
  MRR      1 / rank of the first result with grade >= 2 (0 if none in top 100).

Examples:
  python3 scripts/relevance-baseline.py
  python3 scripts/relevance-baseline.py --per-query
  python3 scripts/relevance-baseline.py --run /tmp/kamerzoek-run.jsonl
  python3 scripts/relevance-baseline.py --write-run /tmp/baseline-run.jsonl
"""

import argparse
import json
import math
import os
import re
import sqlite3
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_QUERIES = os.path.join(ROOT, "Benchmarks", "relevance", "queries.json")
DEFAULT_CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
DEFAULT_INDEX = "/tmp/kamerzoek-relevance-baseline.sqlite"
DEPTH = 100
RELEVANT = 2


def corpus_files(corpus):
    """Yields (id, path) for every .txt document under the corpus root."""
    for dirpath, dirnames, filenames in os.walk(corpus):
        dirnames.sort()
        if "raw-samples" in dirpath.split(os.sep):
            continue
        for name in sorted(filenames):
            if not name.endswith(".txt") or name == "README.txt":
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, corpus)
            if os.sep not in rel:  # top-level files are not documents
                continue
            yield rel[: -len(".txt")], path


def build_index(corpus, index_path, rebuild=False):
    """Creates the FTS5 index once; reuses it when it already holds the corpus."""
    files = list(corpus_files(corpus))
    if os.path.exists(index_path) and not rebuild:
        db = sqlite3.connect(index_path)
        try:
            (count,) = db.execute("SELECT count(*) FROM doc").fetchone()
            if count == len(files):
                return db
        except sqlite3.DatabaseError:
            pass
        db.close()
    if os.path.exists(index_path):
        os.remove(index_path)
    db = sqlite3.connect(index_path)
    db.execute(
        "CREATE VIRTUAL TABLE doc USING fts5(id UNINDEXED, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    with db:
        for doc_id, path in files:
            with open(path, encoding="utf-8", errors="replace") as handle:
                db.execute("INSERT INTO doc (id, body) VALUES (?, ?)", (doc_id, handle.read()))
    return db


WORD = re.compile(r"\w+", re.UNICODE)


def fts_terms(query):
    """The query's words, each quoted so FTS5 never sees user syntax."""
    return ['"%s"' % w.replace('"', '""') for w in WORD.findall(query)]


def search(db, query, depth=DEPTH):
    terms = fts_terms(query)
    if not terms:
        return []
    for joiner in (" AND ", " OR "):
        rows = db.execute(
            "SELECT id FROM doc WHERE doc MATCH ? ORDER BY bm25(doc) LIMIT ?",
            (joiner.join(terms), depth),
        ).fetchall()
        if rows:
            return [r[0] for r in rows]
    return []


def precision_at(ranked, judged, k=10):
    return sum(1 for d in ranked[:k] if judged.get(d, 0) >= RELEVANT) / k


def dcg(grades):
    return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(grades))


def ndcg_at(ranked, judged, k=10):
    ideal = dcg(sorted(judged.values(), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    return dcg([judged.get(d, 0) for d in ranked[:k]]) / ideal


def reciprocal_rank(ranked, judged):
    for i, d in enumerate(ranked):
        if judged.get(d, 0) >= RELEVANT:
            return 1.0 / (i + 1)
    return 0.0


def score(queries, runs):
    """Per-query metrics and their means; runs maps qid -> ranked ids."""
    rows = []
    for q in queries:
        ranked = runs.get(q["id"], [])
        judged = q["judgments"]
        rows.append({
            "qid": q["id"],
            "type": q["type"],
            "query": q["query"],
            "p10": precision_at(ranked, judged),
            "ndcg10": ndcg_at(ranked, judged),
            "mrr": reciprocal_rank(ranked, judged),
            "unjudged10": sum(1 for d in ranked[:10] if d not in judged),
        })
    n = len(rows) or 1
    means = {m: sum(r[m] for r in rows) / n for m in ("p10", "ndcg10", "mrr")}
    return rows, means


def read_run(path):
    runs = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line:
                obj = json.loads(line)
                runs[obj["qid"]] = list(obj["ids"])
    return runs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--queries", default=DEFAULT_QUERIES)
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--index", default=DEFAULT_INDEX)
    ap.add_argument("--rebuild", action="store_true", help="rebuild the baseline index")
    ap.add_argument("--run", help="score this run (JSONL) instead of the baseline")
    ap.add_argument("--write-run", help="write the baseline run as JSONL here")
    ap.add_argument("--per-query", action="store_true", help="print one line per query")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args()

    with open(args.queries, encoding="utf-8") as handle:
        queries = json.load(handle)

    if args.run:
        runs = read_run(args.run)
        label = os.path.basename(args.run)
    else:
        if not os.path.isdir(args.corpus):
            sys.exit("corpus not found: %s (use --corpus)" % args.corpus)
        db = build_index(args.corpus, args.index, args.rebuild)
        runs = {q["id"]: search(db, q["query"]) for q in queries}
        label = "fts5 unicode61 bm25 (AND, OR fallback)"
        if args.write_run:
            with open(args.write_run, "w", encoding="utf-8") as out:
                for q in queries:
                    out.write(json.dumps({"qid": q["id"], "ids": runs[q["id"]]}) + "\n")

    rows, means = score(queries, runs)
    if args.json:
        print(json.dumps({"run": label, "queries": len(rows), "mean": means, "per_query": rows},
                         ensure_ascii=False, indent=1))
        return
    if args.per_query:
        for r in rows:
            print("%-4s %-11s P@10 %.2f nDCG@10 %.3f RR %.3f unj@10 %2d  %s" % (
                r["qid"], r["type"], r["p10"], r["ndcg10"], r["mrr"], r["unjudged10"], r["query"]))
        by_type = {}
        for r in rows:
            by_type.setdefault(r["type"], []).append(r)
        print()
        for t, rs in sorted(by_type.items()):
            print("%-11s n=%2d  P@10 %.3f  nDCG@10 %.3f  MRR %.3f" % (
                t, len(rs), sum(x["p10"] for x in rs) / len(rs),
                sum(x["ndcg10"] for x in rs) / len(rs), sum(x["mrr"] for x in rs) / len(rs)))
        print()
    print("run: %s" % label)
    print("queries: %d  judgments: %d" % (len(rows), sum(len(q["judgments"]) for q in queries)))
    print("P@10 %.3f  nDCG@10 %.3f  MRR %.3f" % (means["p10"], means["ndcg10"], means["mrr"]))


if __name__ == "__main__":
    main()
