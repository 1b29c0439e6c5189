#!/usr/bin/env python3
"""Writes a mixed Vietnamese and English benchmark corpus of a given size, from a fixed seed.

Each article is a corpus article with its numbers, dates, outlet and paragraph order varied, so the
corpus is not one article repeated. Usage:
  generate.py --articles 8000 --out bench/data/corpus.jsonl [--seed 7] [--txt-dir DIR]
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=8000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    ap.add_argument("--txt-dir")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    corpus = load_corpus()
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    if a.txt_dir:
        os.makedirs(a.txt_dir, exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as out:
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
                with open(os.path.join(a.txt_dir, f"{i:06d}.txt"), "w", encoding="utf-8") as f:
                    f.write(f"---\ntitle: {rec['title']}\noutlet: {outlet}\npublished: {date}\nlanguage: {lang}\n---\n{rec['text']}")


if __name__ == "__main__":
    main()
