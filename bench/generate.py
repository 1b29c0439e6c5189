#!/usr/bin/env python3
"""Writes a mixed Vietnamese and English benchmark corpus of a given size, from a fixed seed.

Each article is a corpus article with its numbers, dates, outlet and paragraph order varied, so the
corpus is not one article repeated. Usage:
  generate.py --articles 8000 --out bench/data/corpus.jsonl [--seed 7] [--txt-dir DIR]
  generate.py --articles 8000 --txt-dir bench/data/txt          (the .txt folder only)

--out writes one JSON record per line. --txt-dir writes the same articles as a folder of .txt
files, 000000.txt, 000001.txt, ..., each with the front matter `claimtrack` reads (id, title,
outlet, published, url and language lines between `---` lines) and then the body; file names sort
in article order, so extracting the folder lists the articles in the order of the JSONL. Give
either option or both; the articles do not depend on which, and the first N articles are the same
for any --articles of N or more with the same seed.
"""
import argparse
import json
import os
import random
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def load_corpus():
    arts = []
    for lang in ("vi", "en"):
        d = os.path.join(ROOT, "corpus", lang)
        for name in sorted(os.listdir(d)):
            if not name.endswith(".txt"):
                continue
            text = open(os.path.join(d, name), encoding="utf-8").read()
            meta, body = {}, text
            if text.startswith("---\n"):
                head, _, body = text[4:].partition("\n---\n")
                for line in head.splitlines():
                    k, _, v = line.partition(":")
                    meta[k.strip()] = v.strip()
            arts.append((lang, meta, body))
    return arts


OUTLETS = {
    "vi": ["Báo Kinh Tế Sài Gòn", "Thời Báo Hà Nội", "Tin Nhanh Miền Trung", "Báo Đồng Bằng", "Nhịp Sống Số"],
    "en": ["Harbor Wire", "Pacific Ledger", "Midland Courier", "Capital Street Journal", "Northern Dispatch"],
}


def vary(rng, body):
    paras = [p for p in body.split("\n") if p.strip()]
    if len(paras) > 4:
        head, rest = paras[:2], paras[2:]
        # Keep the lede, move a few later paragraphs.
        for _ in range(rng.randint(0, 2)):
            i, j = rng.randrange(len(rest)), rng.randrange(len(rest))
            rest[i], rest[j] = rest[j], rest[i]
        paras = head + rest
    body = "\n".join(paras) + "\n"
    return re.sub(r"\d+", lambda m: str(max(1, int(m.group()) + rng.randint(-3, 9))) if len(m.group()) < 6 else m.group(), body)


def front_matter_value(v):
    """A value as written after "key: " so that claimtrack reads it back unchanged."""
    if "\n" in v or "\r" in v:
        raise ValueError(f"a front-matter value cannot span lines: {v!r}")
    # claimtrack takes off one pair of enclosing quotes: keep a quoted value's own quotes.
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return f'"{v}"'
    return v


def txt_article(rec):
    """A record as a .txt article: front matter between `---` lines, then the body."""
    head = "".join(
        f"{k}: {front_matter_value(rec[k])}\n" for k in ("id", "title", "outlet", "published", "url", "language")
    )
    return f"---\n{head}---\n{rec['text']}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=8000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", help="the JSONL file to write")
    ap.add_argument("--txt-dir", help="a folder to write the same articles to, one .txt file each")
    a = ap.parse_args()
    if not a.out and not a.txt_dir:
        ap.error("give --out FILE.jsonl, --txt-dir DIR, or both")
    if a.articles > 1_000_000:
        ap.error("at most 1,000,000 articles (the .txt names have six digits)")
    rng = random.Random(a.seed)
    corpus = load_corpus()
    if a.out:
        os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    if a.txt_dir:
        # claimtrack reads every .txt, .md and .jsonl file in a folder: start from an empty one, so no
        # file of an earlier, larger corpus (nor the JSONL) is read with this one.
        if os.path.isdir(a.txt_dir) and any(
            n.endswith((".txt", ".md", ".jsonl")) for _, _, names in os.walk(a.txt_dir) for n in names
        ):
            ap.error(f"{a.txt_dir} already holds articles: give a new or empty folder")
        if a.out and os.path.abspath(a.out).startswith(os.path.join(os.path.abspath(a.txt_dir), "")):
            ap.error("--out must not be inside --txt-dir")
        os.makedirs(a.txt_dir, exist_ok=True)
    # newline="\n": the files are the same bytes on every platform.
    with open(a.out or os.devnull, "w", encoding="utf-8", newline="\n") as out:
        for i in range(a.articles):
            lang, meta, body = corpus[rng.randrange(len(corpus))]
            outlet = rng.choice(OUTLETS[lang])
            date = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            rec = {
                "id": f"bench-{i}",
                "title": meta.get("title", ""),
                "text": vary(rng, body),
                "outlet": outlet,
                "published": date,
                "url": f"https://example.org/bench/{i}",
                "language": lang,
            }
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if a.txt_dir:
                with open(os.path.join(a.txt_dir, f"{i:06d}.txt"), "w", encoding="utf-8", newline="\n") as f:
                    f.write(txt_article(rec))


if __name__ == "__main__":
    main()
