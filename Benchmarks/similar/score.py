#!/usr/bin/env python3
"""Precision@5 of similar letters from blind judgments.

Reads pool.jsonl (what was judged) and judgments.jsonl (one object a line:
{"source": ID, "candidate": ID, "relevant": 0 or 1}) and prints precision@5 overall and per
stratum (kind and era). Each source has five slots: a slot without a candidate counts as not
relevant, a candidate without a judgment is reported and counted as not relevant.

    Benchmarks/similar/score.py [--pool pool.jsonl] [--judgments judgments.jsonl]
"""
import argparse
import json
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = 5


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pool", default=os.path.join(HERE, "pool.jsonl"))
    parser.add_argument("--judgments", default=os.path.join(HERE, "judgments.jsonl"))
    args = parser.parse_args()

    judged = {}
    with open(args.judgments, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                value = int(item["relevant"])
                if value not in (0, 1):
                    raise ValueError("relevant must be 0 or 1")
                judged[(item["source"], item["candidate"])] = value
            except (ValueError, KeyError, TypeError) as error:
                sys.exit(f"score.py: {args.judgments}:{number}: {error}")

    by_stratum = defaultdict(list)
    by_group = defaultdict(list)
    overall = []
    missing = []
    with open(args.pool, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            entry = json.loads(line)
            source = entry["source"]
            relevant = 0
            for candidate in entry["candidates"][:TOP]:
                key = (source["id"], candidate["id"])
                if key not in judged:
                    missing.append(key)
                relevant += judged.get(key, 0)
            precision = relevant / TOP
            overall.append(precision)
            by_stratum[source.get("stratum", "?")].append(precision)
            by_group[source.get("stratum", "?").split(" ")[0]].append(precision)

    def mean(values):
        return sum(values) / len(values) if values else 0.0

    print(f"precision@{TOP}: {mean(overall):.3f} over {len(overall)} source letters")
    print("\nby kind:")
    for name in sorted(by_group):
        print(f"  {name:<20} {mean(by_group[name]):.3f}  ({len(by_group[name])} letters)")
    print("\nby stratum:")
    for name in sorted(by_stratum):
        print(f"  {name:<20} {mean(by_stratum[name]):.3f}  ({len(by_stratum[name])} letters)")
    if missing:
        print(f"\n{len(missing)} candidates without a judgment (counted as not relevant), e.g. {missing[0]}")


if __name__ == "__main__":
    main()
