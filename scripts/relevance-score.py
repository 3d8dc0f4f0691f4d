#!/usr/bin/env python3
"""Scores several runs against a judged query file, side by side.

The query file has the format of Benchmarks/relevance/queries.json: a JSON list
of {"id", "query", "type", "judgments": {doc: grade}}. Each run is a JSONL file
of {"qid", "ids"} lines (as written by relevance-peers.py or
relevance-baseline.py --write-run), given as NAME=PATH or PATH (the name is
then the file name without .jsonl).

The metrics are relevance-baseline.py's own functions (imported, not copied):
P@10 (share of the top 10 with grade >= 2), nDCG@10 (gain 2^grade - 1, ideal
from all judged documents of the query), MRR (1 / rank of the first grade >= 2
in the run; a depth-10 run gives MRR@10). Unjudged documents count as 0;
unj@10 is the mean number of unjudged documents in a run's top 10. Queries
without a "judgments" object are left out (and counted).

Examples:
  python3 scripts/relevance-score.py --queries Benchmarks/relevance/manyword.json Benchmarks/relevance/runs/*-manyword.jsonl
  python3 scripts/relevance-score.py --queries Benchmarks/relevance/queries.json --by-type plain=Benchmarks/relevance/runs/plain-old.jsonl
"""

import argparse
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
METRICS = ("p10", "ndcg10", "mrr", "unjudged10")


def load_baseline(path):
    if not os.path.isfile(path):
        sys.exit("relevance-baseline.py not found at %s (use --baseline)" % path)
    spec = importlib.util.spec_from_file_location("relevance_baseline", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def default_baseline():
    """scripts/relevance-baseline.py next to this file."""
    here = os.path.join(HERE, "relevance-baseline.py")
    return here


def mean(rows, key):
    return sum(r[key] for r in rows) / len(rows) if rows else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("runs", nargs="+", metavar="[NAME=]RUN.jsonl")
    ap.add_argument("--queries", required=True, help="queries with judgments (JSON)")
    ap.add_argument("--baseline", default=default_baseline(), help="path of relevance-baseline.py")
    ap.add_argument("--by-type", action="store_true", help="also print the means per query type")
    ap.add_argument("--per-query", action="store_true", help="also print nDCG@10 per query and run")
    ap.add_argument("--json", action="store_true", help="print everything as JSON")
    args = ap.parse_args()

    baseline = load_baseline(args.baseline)
    with open(args.queries, encoding="utf-8") as handle:
        all_queries = json.load(handle)
    queries = [q for q in all_queries if isinstance(q.get("judgments"), dict)]
    skipped = len(all_queries) - len(queries)
    for q in queries:
        q.setdefault("type", "")

    results = {}
    for spec in args.runs:
        name, sep, path = spec.partition("=")
        if not sep:
            path, name = spec, os.path.basename(spec)
            if name.endswith(".jsonl"):
                name = name[: -len(".jsonl")]
        rows, _ = baseline.score(queries, baseline.read_run(path))
        results[name] = rows

    types = sorted({q["type"] for q in queries})
    summary = {name: {m: mean(rows, m) for m in METRICS} for name, rows in results.items()}
    by_type = {name: {t: {m: mean([r for r in rows if r["type"] == t], m) for m in METRICS}
                      for t in types} for name, rows in results.items()}
    if args.json:
        print(json.dumps({"queries": len(queries), "skipped": skipped, "mean": summary,
                          "by_type": by_type if args.by_type else None,
                          "per_query": results if args.per_query else None},
                         ensure_ascii=False, indent=1))
        return

    width = max(len(n) for n in results)
    print("queries: %d judged (%d without judgments left out), judgments: %d" % (
        len(queries), skipped, sum(len(q["judgments"]) for q in queries)))
    print("%-*s  %6s  %7s  %6s  %6s" % (width, "run", "P@10", "nDCG@10", "MRR", "unj@10"))
    for name, s in summary.items():
        print("%-*s  %6.3f  %7.3f  %6.3f  %6.2f" % (width, name, s["p10"], s["ndcg10"], s["mrr"], s["unjudged10"]))
    if args.by_type:
        print()
        print("nDCG@10 (P@10) by type")
        counts = {t: sum(1 for q in queries if q["type"] == t) for t in types}
        print("%-*s  " % (width, "run") + "  ".join("%-15s" % ("%s n=%d" % (t, counts[t])) for t in types))
        for name in results:
            print("%-*s  " % (width, name) + "  ".join(
                "%-15s" % ("%.3f (%.2f)" % (by_type[name][t]["ndcg10"], by_type[name][t]["p10"]))
                for t in types))
    if args.per_query:
        print()
        print("nDCG@10 per query")
        names = list(results)
        print("%-4s %-9s " % ("qid", "type") + " ".join("%8s" % n[:8] for n in names) + "  query")
        for i, q in enumerate(queries):
            print("%-4s %-9s " % (q["id"], q["type"][:9]) +
                  " ".join("%8.3f" % results[n][i]["ndcg10"] for n in names) + "  " + q["query"][:60])


if __name__ == "__main__":
    main()
