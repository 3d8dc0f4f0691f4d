#!/usr/bin/env python3
"""Score entity predictions against the hand-labelled gold set.

Usage:
    python3 scripts/score-entities.py GOLD.json PREDICTIONS.jsonl [--json] [--fail-under F1]

GOLD.json is Tests/EntitiesTests/Fixtures/gold/entities-gold.json (rules in LABELLING.md).
PREDICTIONS.jsonl holds one JSON object per line: the output of
`kamerzoek analyze FILE --json` plus a "file" field (path relative to the corpus root,
or any path ending in it), e.g.

    {"file": "tk-moties/kst-34104-439.txt", "kind": "motie", "date": "2025-04-24",
     "countries": [{"code": "NL", "name": "Nederland", "mentions": 2}],
     "ministers": [{"role": "Minister van Financiën", "name": "Heinen", "signer": true}],
     "dossiers": ["34104"]}

Prints, per entity kind (countries, ministers, signers, dossiers, and organisations where
the gold says organisations_complete), micro precision/recall/F1 over all documents and
per document kind; date, kind and own-dossier accuracy; then the misses (FN) and false
positives (FP) of each document. Ministers are compared by role, case-insensitively, with
diacritics, punctuation, 'a.i.' and 'en van' folded; 'signers' are the roles with
signer=true. A gold document without a prediction line counts as all misses.
"""

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict

ENTITY_KINDS = ["countries", "ministers", "signers", "dossiers", "organisations"]


def fold(text):
    """Lowercase, strip diacritics, turn punctuation into spaces, collapse whitespace."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


def normalize_role(role):
    """'De Minister van Oorlog en van Marine a.i.' -> 'minister van oorlog en marine'."""
    r = fold(role)
    r = re.sub(r"\ba i\b", " ", r)
    r = re.sub(r"^(de|het)\s+", "", r)
    r = re.sub(r"\ben van\b", "en", r)
    return " ".join(r.split())


ROMAN = re.compile(r"^[IVXL]+$")


def normalize_dossier(value):
    """'36 600 VI' / '36600-vi' / '21 501-20' -> '36600-VI' / '21501-20'."""
    v = str(value).strip().upper()
    v = re.sub(r"(?<=\d)[\s.]+(?=\d)", "", v)           # '36 600' -> '36600'
    v = re.sub(r"\s*(HOOFDSTUK|HFDST\.?|HFST\.?)\s*", "-", v)
    v = re.sub(r"[\s,]*-[\s,]*", "-", v)
    v = re.sub(r"\s+", "-", v)
    return v.strip("-")


def country_codes(pred):
    out = set()
    for c in pred.get("countries") or []:
        code = c.get("code") if isinstance(c, dict) else c
        if code:
            out.add(str(code).strip().upper())
    return out


def minister_sets(items):
    roles, signers, names = set(), set(), {}
    for m in items or []:
        if not isinstance(m, dict) or not m.get("role"):
            continue
        role = normalize_role(m["role"])
        roles.add(role)
        if m.get("signer"):
            signers.add(role)
        if m.get("name") and role not in names:
            names[role] = m["name"]
    return roles, signers, names


def name_matches(gold_name, pred_name):
    """Surname match: the gold surname's last word occurs as a word in the prediction."""
    if not pred_name:
        return False
    g = fold(gold_name).split()
    return bool(g) and g[-1] in fold(pred_name).split()


def entity_sets(doc, is_gold):
    roles, signers, names = minister_sets(doc.get("ministers"))
    sets = {
        "countries": set(doc.get("countries") or []) if is_gold else country_codes(doc),
        "ministers": roles,
        "signers": signers,
        "dossiers": {normalize_dossier(d) for d in doc.get("dossiers") or []},
    }
    orgs = doc.get("organisations")
    if orgs is not None:
        sets["organisations"] = {fold(o if isinstance(o, str) else o.get("name", "")) for o in orgs}
    return sets, names


def relative_key(path, gold_files):
    """Map a prediction's file field onto a gold file (exact, or the gold path it ends with)."""
    p = path.replace("\\", "/")
    if p in gold_files:
        return p
    for g in gold_files:
        if p.endswith("/" + g):
            return g
    return None


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, gold, pred):
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def prf(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


class Accuracy:
    def __init__(self):
        self.right = self.total = 0

    def add(self, ok):
        self.total += 1
        self.right += bool(ok)

    def value(self):
        return self.right / self.total if self.total else None


def load_predictions(path, gold_files):
    preds, unknown = {}, []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                sys.exit(f"{path}:{lineno}: not JSON: {err}")
            key = relative_key(str(obj.get("file", "")), gold_files)
            if key is None:
                unknown.append(obj.get("file"))
            else:
                preds[key] = obj
    return preds, unknown


def score(gold, preds):
    tallies = defaultdict(Tally)          # (entity kind, doc kind or '*') -> Tally
    acc = defaultdict(Accuracy)           # 'date' | 'kind' | 'own_dossier' | 'minister_name'
    details = []
    for g in gold["documents"]:
        p = preds.get(g["file"])
        gsets, gnames = entity_sets(g, True)
        psets, pnames = entity_sets(p or {}, False)
        doc_kind = g["kind"]
        diffs = {}
        for kind in ENTITY_KINDS:
            if kind == "organisations" and not g.get("organisations_complete"):
                continue
            if kind == "organisations" and "organisations" not in psets:
                continue
            gs, ps = gsets.get(kind, set()), psets.get(kind, set())
            tallies[(kind, doc_kind)].add(gs, ps)
            tallies[(kind, "*")].add(gs, ps)
            if gs != ps:
                diffs[kind] = (sorted(gs - ps), sorted(ps - gs))
        acc["date"].add(p is not None and p.get("date") == g["date"])
        acc["kind"].add(p is not None and str(p.get("kind", "")).lower() == g["kind"])
        if p is not None and ("own_dossier" in p or "dossier" in p):
            own = p.get("own_dossier", p.get("dossier"))
            own = normalize_dossier(own) if own else None
            acc["own_dossier"].add(own == g["own_dossier"])
        for role, gname in gnames.items():
            if role in psets["ministers"]:
                acc["minister_name"].add(name_matches(gname, pnames.get(role)))
        scalar = {}
        if p is None:
            scalar["prediction"] = "missing"
        else:
            if p.get("date") != g["date"]:
                scalar["date"] = (g["date"], p.get("date"))
            if str(p.get("kind", "")).lower() != g["kind"]:
                scalar["kind"] = (g["kind"], p.get("kind"))
        if diffs or scalar:
            details.append((g["file"], diffs, scalar))
    return tallies, acc, details


def fmt(x):
    return "  n/a" if x is None else f"{x:5.3f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("predictions")
    ap.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    ap.add_argument("--fail-under", type=float, default=None,
                    help="exit 1 if the F1 of countries, ministers or dossiers is below this")
    args = ap.parse_args()

    with open(args.gold, encoding="utf-8") as fh:
        gold = json.load(fh)
    gold_files = {d["file"] for d in gold["documents"]}
    preds, unknown = load_predictions(args.predictions, gold_files)
    tallies, acc, details = score(gold, preds)
    doc_kinds = sorted({d["kind"] for d in gold["documents"]})

    summary = {"documents": len(gold_files), "predicted": len(preds), "unknown_files": unknown,
               "entities": {}, "accuracy": {k: a.value() for k, a in acc.items()}}
    for kind in ENTITY_KINDS:
        for dk in ["*"] + doc_kinds:
            t = tallies.get((kind, dk))
            if t is None:
                continue
            p, r, f = t.prf()
            summary["entities"].setdefault(kind, {})["all" if dk == "*" else dk] = {
                "tp": t.tp, "fp": t.fp, "fn": t.fn, "precision": p, "recall": r, "f1": f}

    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(f"gold documents: {len(gold_files)}, predicted: {len(preds)}"
              + (f", predictions for unknown files: {len(unknown)}" if unknown else ""))
        print()
        print(f"{'entity':<14}{'docs':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>5}{'fn':>5}")
        for kind, rows in summary["entities"].items():
            for dk, s in rows.items():
                print(f"{kind:<14}{dk:<12}{fmt(s['precision']):>7}{fmt(s['recall']):>7}"
                      f"{fmt(s['f1']):>7}{s['tp']:>6}{s['fp']:>5}{s['fn']:>5}")
        print()
        for k in ["date", "kind", "own_dossier", "minister_name"]:
            a = acc.get(k)
            if a is not None:
                print(f"{k + ' accuracy':<26}{fmt(a.value())}  ({a.right}/{a.total})")
        if "own_dossier" not in acc:
            print(f"{'own_dossier accuracy':<26}  n/a  (predictions carry no own_dossier/dossier field)")
        print()
        if not details:
            print("no misses, no false positives")
        for file, diffs, scalar in details:
            print(file)
            for k, v in scalar.items():
                if k == "prediction":
                    print(f"  prediction: MISSING (all gold entities count as misses)")
                else:
                    print(f"  {k}: gold {v[0]!r}, predicted {v[1]!r}")
            for kind, (fn, fp) in diffs.items():
                if fn:
                    print(f"  {kind} miss: {', '.join(fn)}")
                if fp:
                    print(f"  {kind} false positive: {', '.join(fp)}")
        for u in unknown:
            print(f"(ignored prediction for a file not in the gold set: {u})")

    if args.fail_under is not None:
        worst = min(summary["entities"][k]["all"]["f1"]
                    for k in ("countries", "ministers", "dossiers") if k in summary["entities"])
        if worst < args.fail_under:
            print(f"FAIL: lowest F1 {worst:.3f} < {args.fail_under}", file=sys.stderr)
            sys.exit(1)


if __name__ == "__main__":
    main()
