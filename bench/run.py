#!/usr/bin/env python3
"""The whole-command benchmark: extract and ingest throughput, peak memory, and report latency.

Generates a fixed-seed corpus with generate.py, then times each step several times and reports
medians. Usage:
  bench/run.py [--articles 8000] [--runs 5] [--bin target/release/claimtrack] [--rss [--rss-articles 13000]]

Besides the JSONL steps, it times `extract` over the same articles as a folder of .txt files
(generate.py --txt-dir). --rss adds a larger JSONL corpus (13,000 articles, about 40 MB), on which
it measures the wall time and peak resident memory of `extract --format jsonl` and of `ingest` into
a fresh database, --runs times each; it makes the run about twice as long, so it is off by default.
The full table: bench/run.py --runs 3 --rss

--against OTHER_BIN compares two builds instead: each step is run with one build and then the
other, in turn, --runs times, and the table gives both medians and their ratio. On a machine whose
speed drifts from one minute to the next, only runs taken in turn show a change of a few percent.
The reports read a database that --bin writes, so both builds must read its schema version.
  bench/run.py --articles 3000 --runs 9 --bin target/release/claimtrack --against /tmp/old/claimtrack
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")


def timed(cmd, **kw):
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0,):
        sys.exit(f"{' '.join(cmd)} failed: {proc.stderr.decode()[:500]}")
    return elapsed


def peak_rss_mb(cmd):
    proc = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    for line in proc.stderr.decode().splitlines():
        if "Maximum resident set size" in line:
            return int(line.split()[-1]) / 1024
    return float("nan")


def measured(cmd):
    """Runs cmd once; returns its wall time in seconds and its peak resident set size in MB.

    GNU time starts it, as for peak_rss_mb: a child forked from Python would count Python's own
    memory in its peak.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss.name] + cmd,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed: {proc.stderr.decode(errors='replace')[:500]}")
        kib = int(rss.read().split()[-1])
    return elapsed, kib / 1024


def remove_db(db):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)


def folder_mb(d):
    return sum(os.path.getsize(os.path.join(p, n)) for p, _, names in os.walk(d) for n in names) / 1e6


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=8000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "claimtrack"))
    ap.add_argument("--rss", action="store_true",
                    help="also measure time and peak RSS of extract and ingest on a larger (about 40 MB) JSONL corpus")
    ap.add_argument("--against", metavar="OTHER_BIN",
                    help="compare --bin with this build, each step run with the two in turn")
    ap.add_argument("--rss-articles", type=int, default=13000,
                    help="articles in the --rss corpus (default 13000, about 40 MB of JSONL)")
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="claimtrack-bench-")
    try:
        if a.against:
            compare(a, work)
        else:
            bench(a, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def bench(a, work):
    data = os.path.join(work, "corpus.jsonl")
    txt = os.path.join(work, "txt")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--articles", str(a.articles), "--out", data,
                    "--txt-dir", txt], check=True)
    mb = os.path.getsize(data) / 1e6
    txt_mb = folder_mb(txt)
    rows = []
    ex = [timed([a.bin, "extract", "--format", "jsonl", data]) for _ in range(a.runs)]
    rows.append(("extract --format jsonl", statistics.median(ex), f"{mb / statistics.median(ex):.1f} MB/s"))
    # The same articles, one .txt file each: a timed run fails if any file does not parse.
    ext = [timed([a.bin, "extract", "--format", "jsonl", txt]) for _ in range(a.runs)]
    rows.append(("extract --format jsonl DIR (.txt folder, same articles)", statistics.median(ext),
                 f"{txt_mb / statistics.median(ext):.1f} MB/s of .txt; x{statistics.median(ext) / statistics.median(ex):.2f} the JSONL time"))
    ing = []
    db = os.path.join(work, "bench.db")
    for _ in range(a.runs):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        ing.append(timed([a.bin, "ingest", "--db", db, data]))
    rows.append(("ingest (fresh database)", statistics.median(ing), f"{mb / statistics.median(ing):.1f} MB/s"))
    plain = []
    db2 = os.path.join(work, "plain.db")
    for _ in range(a.runs):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db2 + suffix):
                os.remove(db2 + suffix)
        plain.append(timed([a.bin, "ingest", "--no-links", "--db", db2, data]))
    ratio = statistics.median(ing) / statistics.median(plain)
    rows.append(("ingest --no-links (no linking across articles)", statistics.median(plain), f"{mb / statistics.median(plain):.1f} MB/s; linking costs x{ratio:.2f}"))
    rss = peak_rss_mb([a.bin, "extract", "--format", "jsonl", data])
    claims = subprocess.run([a.bin, "stats", "--db", db, "--by", "all", "--format", "csv"], capture_output=True, text=True).stdout.splitlines()[1].split(",")[2]
    reports = [
        ("claims --contested --format json", ["claims", "--contested", "--format", "json"]),
        ("claims --outlet X --anonymous --format csv", ["claims", "--outlet", "Harbor Wire", "--anonymous", "--since", "2026-06-01", "--until", "2026-06-30", "--format", "csv"]),
        ("contested --format json", ["contested", "--format", "json"]),
        ("stats --by outlet --format csv", ["stats", "--by", "outlet", "--format", "csv"]),
        ("stats --by month", ["stats", "--by", "month"]),
        ("sources", ["sources"]),
        ("show ARTICLE", ["show", "https://example.org/bench/17"]),
        ("show ARTICLE --html", ["show", "https://example.org/bench/17", "--html", os.path.join(work, "page.html")]),
        ("export --format csv (all claims)", ["export", "--format", "csv"]),
        ("export --format jsonl (all claims)", ["export", "--format", "jsonl"]),
        ("export --format claimreview --outlet X", ["export", "--format", "claimreview", "--outlet", "Harbor Wire"]),
    ]
    for name, args in reports:
        t = [timed([a.bin] + args[:1] + ["--db", db] + args[1:]) for _ in range(a.runs)]
        rows.append((name, statistics.median(t), ""))
    if a.rss:
        big = os.path.join(work, "big.jsonl")
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--articles", str(a.rss_articles), "--out", big],
                       check=True)
        big_mb = os.path.getsize(big) / 1e6
        runs = [measured([a.bin, "extract", "--format", "jsonl", big]) for _ in range(a.runs)]
        t, r = statistics.median(x[0] for x in runs), statistics.median(x[1] for x in runs)
        rows.append((f"extract --format jsonl, {big_mb:.0f} MB corpus", t, f"{big_mb / t:.1f} MB/s; peak RSS {r:.0f} MB"))
        big_db = os.path.join(work, "big.db")
        runs = []
        for _ in range(a.runs):
            remove_db(big_db)
            runs.append(measured([a.bin, "ingest", "--db", big_db, big]))
        t, r = statistics.median(x[0] for x in runs), statistics.median(x[1] for x in runs)
        rows.append((f"ingest (fresh database), {big_mb:.0f} MB corpus", t, f"{big_mb / t:.1f} MB/s; peak RSS {r:.0f} MB"))
    print(f"corpus: {a.articles} articles, {mb:.1f} MB JSONL ({txt_mb:.1f} MB as .txt files), {claims} claims stored; medians of {a.runs} runs")
    if a.rss:
        print(f"--rss corpus: {a.rss_articles} articles, {big_mb:.1f} MB JSONL")
    print(f"peak RSS of extract: {rss:.0f} MB")
    print("| step | median | throughput |")
    print("| --- | --- | --- |")
    for name, t, thr in rows:
        print(f"| {name} | {t * 1000:.0f} ms | {thr} |")


def compare(a, work):
    """Times each step with --against (A) and --bin (B) in turn, --runs times; prints medians."""
    data = os.path.join(work, "corpus.jsonl")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--articles", str(a.articles), "--out", data],
                   check=True, stdout=subprocess.DEVNULL)
    one = os.path.join(work, "one.jsonl")
    with open(data, encoding="utf-8") as f, open(one, "w", encoding="utf-8") as out:
        out.write(f.readline())
    db = os.path.join(work, "reports.db")
    timed([a.bin, "ingest", "--db", db, data])
    fresh = os.path.join(work, "fresh.db")

    def ingest(binary):
        remove_db(fresh)
        return timed([binary, "ingest", "--db", fresh, data])

    steps = [
        ("extract --format jsonl", lambda b: timed([b, "extract", "--format", "jsonl", data])),
        ("extract --format jsonl, one article", lambda b: timed([b, "extract", "--format", "jsonl", one])),
        ("ingest (fresh database)", ingest),
    ]
    for args in (["claims", "--contested", "--format", "json"], ["contested", "--format", "json"],
                 ["stats", "--by", "month"], ["sources"]):
        steps.append((" ".join(args), lambda b, args=args: timed([b] + args[:1] + ["--db", db] + args[1:])))
    print(f"corpus: {a.articles} articles, {os.path.getsize(data) / 1e6:.1f} MB JSONL; "
          f"A = {a.against}, B = {a.bin}; medians of {a.runs} runs taken in turn")
    print("| step | A | B | B / A |")
    print("| --- | --- | --- | --- |")
    for name, run in steps:
        times = {a.against: [], a.bin: []}
        for _ in range(a.runs):
            for binary in (a.against, a.bin):
                times[binary].append(run(binary))
        ta, tb = statistics.median(times[a.against]), statistics.median(times[a.bin])
        print(f"| {name} | {ta * 1000:.0f} ms | {tb * 1000:.0f} ms | {tb / ta:.2f} |")


if __name__ == "__main__":
    main()
