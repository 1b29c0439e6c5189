#!/usr/bin/env python3
"""The whole-command benchmark: extract and ingest throughput, peak memory, and report latency.

Generates a fixed-seed corpus with generate.py, then times each step several times and reports
medians. Usage: bench/run.py [--articles 8000] [--runs 5] [--bin target/release/claimtrack]
"""
import argparse
import os
import resource
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=8000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "claimtrack"))
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="claimtrack-bench-")
    data = os.path.join(work, "corpus.jsonl")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--articles", str(a.articles), "--out", data], check=True)
    mb = os.path.getsize(data) / 1e6
    rows = []
    ex = [timed([a.bin, "extract", "--format", "jsonl", data]) for _ in range(a.runs)]
    rows.append(("extract --format jsonl", statistics.median(ex), f"{mb / statistics.median(ex):.1f} MB/s"))
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
    print(f"corpus: {a.articles} articles, {mb:.1f} MB JSONL, {claims} claims stored; medians of {a.runs} runs")
    print(f"peak RSS of extract: {rss:.0f} MB")
    print("| step | median | throughput |")
    print("| --- | --- | --- |")
    for name, t, thr in rows:
        print(f"| {name} | {t * 1000:.0f} ms | {thr} |")


if __name__ == "__main__":
    main()
