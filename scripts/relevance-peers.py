#!/usr/bin/env python3
"""Peer runs for Kamerzoek's relevance test collections.

Runs a query file through one reference engine and writes its ranking as a run
file, one JSON line per query: {"qid": "m01", "ids": ["tk-moties/kst-...", ...]}
(document ids as in scripts/relevance-baseline.py: the path relative to the
corpus root without .txt). The runs are the peers a Kamerzoek ranking is pooled
and compared with; score them with scripts/relevance-baseline.py --run or with
a scorer that reads several runs.

Engines (every one indexes every .txt document under the corpus, with the
document list of relevance-baseline.py's corpus_files):

  plain      SQLite FTS5, unicode61 remove_diacritics 2, bm25; the AND of the
             query words, the OR when the AND finds nothing. This is exactly
             relevance-baseline.py's search() on its index (built there when
             missing).
  plain-or   the same index, the OR of the query words, bm25.
  snowball   SQLite FTS5 over Snowball Dutch stems: each document is stored
             as its lowercased, diacritics-folded words, each stemmed with
             pystemmer's Dutch stemmer (one column, unicode61 remove_diacritics
             2); the query is the OR of its words folded and stemmed the same
             way, bm25.
  tantivy    tantivy-py (0.27) with one text field analysed by the simple
             tokenizer, lowercase, ASCII folding and the Dutch stemmer; the
             default query parser in OR mode (conjunction off), BM25. Each
             query word is passed as a quoted term, so user text (AND, OR,
             NOT, -, :, quotes, brackets) cannot reach the query syntax.
  kamerzoek  a Kamerzoek binary: `BIN search --index INDEX --json --limit N --
             QUERY` per query; results[].id is the ranking. When the binary
             fails on a query (exit status or an "error" object) the run line
             gets an empty list and an "error" field, and the error is printed.

Indexes are built once and reused while they hold the corpus (the document
count and the analyzer settings are checked); --rebuild forces a new build.
Builds use batched inserts; run them with `nice -n 10` on a shared machine.

Examples:
  python3 scripts/relevance-peers.py --engine plain --out /tmp/plain-old.jsonl
  python3 scripts/relevance-peers.py --queries Benchmarks/relevance/manyword.json \\
      --engine snowball --out runs/snowball-manyword.jsonl
  python3 scripts/relevance-peers.py --queries QUERIES.json --engine kamerzoek \\
      --kamerzoek .build/release/kamerzoek --kamerzoek-index Index/all.sqlite \\
      --out runs/kamerzoek-manyword.jsonl
"""

import argparse
import importlib.util
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ENGINES = ("plain", "plain-or", "snowball", "tantivy", "kamerzoek")
DEFAULT_DEPTH = 10
SNOWBALL_ANALYZER = "fold-nfkd+lower+\\w+ snowball-dutch (pystemmer); fts5 unicode61 remove_diacritics 2"
TANTIVY_ANALYZER = "simple+lowercase+ascii_fold+stemmer(dutch)"
TANTIVY_TOKENIZER = "dutch_stem"
BATCH = 500
WORD = re.compile(r"\w+", re.UNICODE)


def default_repo():
    """The repository this script lives in (scripts/ is one level down)."""
    return os.path.dirname(HERE)


def load_baseline(repo):
    """Imports scripts/relevance-baseline.py of the repository as a module."""
    path = os.path.join(repo, "scripts", "relevance-baseline.py")
    if not os.path.isfile(path):
        sys.exit("relevance-baseline.py not found at %s (use --repo)" % path)
    spec = importlib.util.spec_from_file_location("relevance_baseline", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_queries(path):
    """A JSON list of {"id", "query", ...} (judgments and other fields are ignored)."""
    with open(path, encoding="utf-8") as handle:
        queries = json.load(handle)
    for q in queries:
        if "id" not in q or "query" not in q:
            sys.exit("%s: every query needs an id and a query: %r" % (path, q))
    return queries


# --- text folding shared by the snowball index and its queries ---------------

def fold(text):
    """Lowercase and drop diacritics (NFKD, combining marks removed)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class DutchStems:
    """Folded words to Snowball Dutch stems, memoised (the vocabulary repeats)."""

    def __init__(self):
        import Stemmer  # pystemmer
        self.stemmer = Stemmer.Stemmer("dutch")
        self.memo = {}

    def words(self, text):
        out = []
        memo = self.memo
        for word in WORD.findall(fold(text)):
            stem = memo.get(word)
            if stem is None:
                stem = memo[word] = self.stemmer.stemWord(word)
            out.append(stem)
        return out


# --- SQLite indexes -------------------------------------------------------------

def fts_or(terms):
    return " OR ".join('"%s"' % t.replace('"', '""') for t in terms)


def sqlite_top(db, match, depth):
    if not match:
        return []
    rows = db.execute(
        "SELECT id FROM doc WHERE doc MATCH ? ORDER BY bm25(doc) LIMIT ?", (match, depth)
    ).fetchall()
    return [r[0] for r in rows]


def open_snowball(corpus, files, path, rebuild, stems):
    """The Snowball-stem FTS5 index, built when missing, stale or asked for."""
    if os.path.exists(path) and not rebuild:
        db = sqlite3.connect(path)
        try:
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("documents") == str(len(files)) and meta.get("analyzer") == SNOWBALL_ANALYZER:
                return db
        except sqlite3.DatabaseError:
            pass
        db.close()
    if os.path.exists(path):
        os.remove(path)
    print("building snowball index %s (%d documents)" % (path, len(files)), file=sys.stderr)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    db.execute(
        "CREATE VIRTUAL TABLE doc USING fts5(id UNINDEXED, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    with db:
        batch = []
        for doc_id, file_path in files:
            with open(file_path, encoding="utf-8", errors="replace") as handle:
                batch.append((doc_id, " ".join(stems.words(handle.read()))))
            if len(batch) >= BATCH:
                db.executemany("INSERT INTO doc (id, body) VALUES (?, ?)", batch)
                batch = []
        if batch:
            db.executemany("INSERT INTO doc (id, body) VALUES (?, ?)", batch)
        db.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("documents", str(len(files))), ("analyzer", SNOWBALL_ANALYZER), ("corpus", corpus)])
    db.execute("INSERT INTO doc (doc) VALUES ('optimize')")
    db.commit()
    return db


# --- tantivy ----------------------------------------------------------------------

def dutch_analyzer(tantivy):
    return (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.lowercase())
            .filter(tantivy.Filter.ascii_fold())
            .filter(tantivy.Filter.stemmer("dutch"))
            .build())


def open_tantivy(corpus, files, path, rebuild):
    """The tantivy index with a Dutch-stemmed body field; built when missing or stale."""
    import tantivy
    marker = os.path.join(path, "kamerzoek-peers.json")
    want = {"documents": len(files), "analyzer": TANTIVY_ANALYZER, "corpus": corpus}
    if os.path.isfile(marker) and not rebuild:
        with open(marker, encoding="utf-8") as handle:
            if json.load(handle) == want:
                index = tantivy.Index.open(path)
                index.register_tokenizer(TANTIVY_TOKENIZER, dutch_analyzer(tantivy))
                return index
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(path)
    print("building tantivy index %s (%d documents)" % (path, len(files)), file=sys.stderr)
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("body", stored=False, tokenizer_name=TANTIVY_TOKENIZER)
    index = tantivy.Index(builder.build(), path=path)
    index.register_tokenizer(TANTIVY_TOKENIZER, dutch_analyzer(tantivy))
    writer = index.writer(heap_size=200_000_000, num_threads=1)
    for doc_id, file_path in files:
        with open(file_path, encoding="utf-8", errors="replace") as handle:
            writer.add_document(tantivy.Document(id=doc_id, body=handle.read()))
    writer.commit()
    writer.wait_merging_threads()
    with open(marker, "w", encoding="utf-8") as handle:
        json.dump(want, handle)
    index.reload()
    return index


def tantivy_query_text(query):
    """The query's words, each quoted: an OR of terms with no user syntax left."""
    return " ".join('"%s"' % w for w in WORD.findall(query))


def tantivy_top(index, query, depth):
    text = tantivy_query_text(query)
    if not text:
        return []
    parsed = index.parse_query(text, default_field_names=["body"], conjunction_by_default=False)
    searcher = index.searcher()
    hits = searcher.search(parsed, limit=depth, count=False).hits
    return [searcher.doc(address)["id"][0] for _score, address in hits]


# --- Kamerzoek --------------------------------------------------------------------

def kamerzoek_top(binary, index, query, depth):
    """(ids, error): Kamerzoek's ranking of one query, paged by 100.

    Without an index the binary uses its own default ($KAMERZOEK_INDEX or
    Index/kamerzoek.sqlite)."""
    ids = []
    while len(ids) < depth:
        limit = min(100, depth - len(ids))
        cmd = [binary, "search"] + (["--index", index] if index else [])
        cmd += ["--json", "--limit", str(limit)]
        if ids:
            cmd += ["--offset", str(len(ids))]
        proc = subprocess.run(cmd + ["--", query], capture_output=True, text=True)
        try:
            answer = json.loads(proc.stdout) if proc.stdout.strip() else None
        except json.JSONDecodeError:
            answer = None
        if proc.returncode != 0 or not isinstance(answer, dict) or "error" in answer:
            detail = answer.get("error") if isinstance(answer, dict) else None
            if isinstance(detail, dict):
                detail = "%s: %s" % (detail.get("code"), detail.get("message"))
            message = detail or proc.stderr.strip() or proc.stdout.strip() or "no output"
            return [], "exit %d: %s" % (proc.returncode, message)
        page = [r["id"] for r in answer.get("results", [])]
        ids.extend(page)
        if len(page) < limit:
            break
    return ids[:depth], None


# --- main -------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        epilog="Engines: " + ", ".join(ENGINES) + ". See the module docstring for what each does.")
    ap.add_argument("--queries", help="query file (JSON list of {id, query}); "
                    "default: Benchmarks/relevance/queries.json of --repo")
    ap.add_argument("--engine", required=True, choices=ENGINES)
    ap.add_argument("--out", required=True, help="run file to write (JSONL)")
    ap.add_argument("--depth", type=int, default=DEFAULT_DEPTH, help="results per query (default 10)")
    ap.add_argument("--repo", default=default_repo(),
                    help="Kamerzoek checkout holding scripts/relevance-baseline.py (default: this script's)")
    ap.add_argument("--corpus", help="corpus root (default: ../shared/corpus next to --repo)")
    ap.add_argument("--plain-index", help="plain FTS5 index (default: relevance-baseline.py's)")
    ap.add_argument("--snowball-index", default="/tmp/kamerzoek-relevance-snowball.sqlite")
    ap.add_argument("--tantivy-index", default="/tmp/kamerzoek-relevance-tantivy")
    ap.add_argument("--kamerzoek", default="kamerzoek", help="Kamerzoek binary (engine kamerzoek)")
    ap.add_argument("--kamerzoek-index", help="Kamerzoek index (engine kamerzoek; default: the binary's)")
    ap.add_argument("--rebuild", action="store_true", help="rebuild the engine's index first")
    args = ap.parse_args()
    if args.depth < 1:
        ap.error("--depth must be at least 1")

    baseline = load_baseline(args.repo)
    queries = read_queries(args.queries or os.path.join(args.repo, "Benchmarks", "relevance", "queries.json"))
    corpus = args.corpus or os.path.normpath(os.path.join(args.repo, "..", "shared", "corpus"))

    if args.engine == "kamerzoek":
        def rank(query):
            return kamerzoek_top(args.kamerzoek, args.kamerzoek_index, query, args.depth)
    else:
        if not os.path.isdir(corpus):
            sys.exit("corpus not found: %s (use --corpus)" % corpus)
        files = list(baseline.corpus_files(corpus))
        if args.engine in ("plain", "plain-or"):
            db = baseline.build_index(corpus, args.plain_index or baseline.DEFAULT_INDEX, args.rebuild)
            if args.engine == "plain":
                def rank(query):
                    return baseline.search(db, query, args.depth), None
            else:
                def rank(query):
                    return sqlite_top(db, " OR ".join(baseline.fts_terms(query)), args.depth), None
        elif args.engine == "snowball":
            stems = DutchStems()
            db = open_snowball(corpus, files, args.snowball_index, args.rebuild, stems)
            def rank(query):
                return sqlite_top(db, fts_or(stems.words(query)), args.depth), None
        else:
            tindex = open_tantivy(corpus, files, args.tantivy_index, args.rebuild)
            def rank(query):
                return tantivy_top(tindex, query, args.depth), None

    errors = 0
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        for q in queries:
            ids, error = rank(q["query"])
            line = {"qid": q["id"], "ids": ids}
            if error:
                errors += 1
                line["error"] = error
                print("%s %r: %s" % (q["id"], q["query"], error), file=sys.stderr)
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    print("%s: %d queries, %d errors -> %s" % (args.engine, len(queries), errors, args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
