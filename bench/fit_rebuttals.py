#!/usr/bin/env python3
"""Fits the weights of the rebuttal linker (src/rebuttals.rs) on the corpus gold.

    cargo run --release --example rebuttal_features -- ../shared/seed corpus/en corpus/vi > /tmp/f.jsonl
    python3 bench/fit_rebuttals.py /tmp/f.jsonl [--bin target/release/claimtrack]

Each denial is paired with every earlier claim it may rebut (the example prints the evidence).
The gold's `rebuts` are the positives, `rebuts_may` are left out of the fit, everything else is
negative. A conditional logit (each denial chooses among its candidates and "no link") is fitted
with an L2 penalty; the script reports the rebuttal and
contested scores, computed as ../shared/eval/score.py does, both on the whole corpus and in
five-fold cross-validation by article (the honest estimate), and prints the weights as Rust.
"""
import argparse
import json
import math
import random
import subprocess
import unicodedata


def nfc(s):
    return unicodedata.normalize("NFC", s or "")


def gold_of(path):
    return json.load(open(path.rsplit(".", 1)[0] + ".gold.json"))


def matching(gold, claims):
    """Predicted claim id -> gold id, greedily by anchor, as score.py does."""
    taken, out = set(), {}
    for c in claims:
        sent = nfc(c["sentence"])
        for g in gold["attributions"]:
            if g["id"] not in taken and nfc(g["anchor"]) in sent:
                out[c["id"]] = g["id"]
                taken.add(g["id"])
                break
    return out


def load(features_path, binary):
    rows, files = [], {}
    with open(features_path) as f:
        names = json.loads(f.readline())["features"]
        for line in f:
            r = json.loads(line)
            rows.append(r)
            files.setdefault(r["file"], None)
    for path in list(files):
        out = subprocess.run([binary, "extract", "--format", "json", path],
                             capture_output=True, text=True, check=True).stdout
        art = json.loads(out)
        art = art[0] if isinstance(art, list) else art
        gold = gold_of(path)
        files[path] = (gold, matching(gold, art["claims"]))
    for r in rows:
        gold, match = files[r["file"]]
        by = {g["id"]: g for g in gold["attributions"]}
        gd, gt = match.get(r["denial"]), match.get(r["target"])
        g = by.get(gd, {})
        r["gd"], r["gt"] = gd, gt
        r["label"] = 1 if gt in g.get("rebuts", []) else (None if gt in g.get("rebuts_may", []) else 0)
    return names, rows, files


def fit(rows, n, l2=0.003, iters=400, lr=0.5):
    """A conditional logit over each denial's candidates and "no link" (score 0): the model
    learns to rank a denial's true target first, and to rank "no link" first when there is none."""
    groups = {}
    for r in rows:
        if r["label"] is not None:
            groups.setdefault((r["file"], r["denial"]), []).append(r)
    groups = list(groups.values())
    w, b = [0.0] * n, 0.0
    for _ in range(iters):
        gw, gb = [0.0] * n, 0.0
        for cands in groups:
            zs = [b + sum(a * c for a, c in zip(w, r["features"])) for r in cands]
            top = max(0.0, max(zs))
            ex = [math.exp(z - top) for z in zs]
            total = math.exp(-top) + sum(ex)
            positives = sum(r["label"] for r in cands)
            for r, e in zip(cands, ex):
                d = e / total - (r["label"] / positives if positives else 0.0)
                for i in range(n):
                    gw[i] += d * r["features"][i]
                gb += d
        m = len(groups)
        w = [wi - lr * (gi / m + l2 * wi) for wi, gi in zip(w, gw)]
        b -= lr * gb / m
    return w, b


def predict(rows, w, b, near=0.0):
    """Denial -> targets, as the linker chooses them."""
    by_denial, covers, nearest = {}, {}, {}
    for r in rows:
        s = b + sum(a * c for a, c in zip(w, r["features"]))
        key = (r["file"], r["denial"])
        by_denial.setdefault(key, []).append((s, r["target"], r["continues"]))
        covers[key] = r.get("covers", 1)
        if r.get("these") and len(nearest.setdefault(key, [])) < covers[key]:
            nearest[key].append(r["target"])
    links = {}
    for key in sorted(by_denial, key=lambda k: (k[0], k[1])):
        cands = sorted(by_denial[key], key=lambda x: (-x[0], -x[1]))
        cont = cands[0][2]
        prev = links.get((key[0], key[1] - 1))
        if cont and prev:
            links[key] = prev
            continue
        # "These two reports": the statements just before the denial.
        if nearest.get(key):
            links[key] = nearest[key]
            continue
        good = [c for c in cands if c[0] >= 0]
        if good:
            best = good[0][0]
            # "Both reports": as many targets as the denial covers, each above the threshold.
            links[key] = [t for k, (s, t, _) in enumerate(good) if s >= best - near or k < covers[key]]
    return links


def evaluate(links, files, only=None):
    tot = {k: [0, 0] for k in ("rr", "rp", "cr", "cp")}
    for path, (gold, match) in files.items():
        if only is not None and path not in only:
            continue
        golds = gold["attributions"]
        must = {(g["id"], x) for g in golds for x in g.get("rebuts", [])}
        ok = must | {(g["id"], x) for g in golds for x in g.get("rebuts_may", [])}
        pred, unmapped, flagged = set(), 0, set()
        for (p, d), targets in links.items():
            if p != path:
                continue
            for t in targets:
                flagged.add(t)
                if match.get(d) and match.get(t):
                    pred.add((match[d], match[t]))
                else:
                    unmapped += 1
        tot["rr"][0] += len(must & pred); tot["rr"][1] += len(must)
        tot["rp"][0] += len(pred & ok); tot["rp"][1] += len(pred) + unmapped
        cm = set(gold.get("contested", {}).get("must", []))
        cmay = cm | set(gold.get("contested", {}).get("may", []))
        fl = [match.get(t) for t in flagged]
        tot["cr"][0] += len(cm & set(f for f in fl if f)); tot["cr"][1] += len(cm)
        tot["cp"][0] += sum(1 for f in fl if f in cmay); tot["cp"][1] += len(fl)
    r = {k: (h / t if t else 0.0) for k, (h, t) in tot.items()}
    f = lambda p, q: 2 * p * q / (p + q) if p + q else 0.0
    return f(r["rp"], r["rr"]), f(r["cp"], r["cr"]), r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("features")
    ap.add_argument("--bin", default="target/release/claimtrack")
    ap.add_argument("--l2", type=float, default=0.003)
    ap.add_argument("--near", type=float, default=0.0)
    args = ap.parse_args()
    names, rows, files = load(args.features, args.bin)
    n = len(names)
    langs = {p: g.get("language", "?") for p, (g, _) in files.items()}
    w, b = fit(rows, n, l2=args.l2)
    links = predict(rows, w, b, args.near)
    for lang in sorted(set(langs.values())):
        only = {p for p, l in langs.items() if l == lang}
        rf, cf, _ = evaluate(links, files, only)
        print(f"fitted on all, {lang}: rebuttal F1 {rf:.3f}, contested F1 {cf:.3f}")
    # Five folds by article.
    paths = sorted(files)
    random.Random(7).shuffle(paths)
    folds = [set(paths[i::5]) for i in range(5)]
    cv_links = {}
    for fold in folds:
        fw, fb = fit([r for r in rows if r["file"] not in fold], n, l2=args.l2)
        cv_links.update(predict([r for r in rows if r["file"] in fold], fw, fb, args.near))
    for lang in sorted(set(langs.values())):
        only = {p for p, l in langs.items() if l == lang}
        rf, cf, _ = evaluate(cv_links, files, only)
        print(f"cross-validated, {lang}: rebuttal F1 {rf:.3f}, contested F1 {cf:.3f}")
    print("const WEIGHTS: [f64; FEATURES] = [")
    for name, wi in zip(names, w):
        print(f"    {wi:.3f}, // {name}")
    print("];")
    print(f"const BIAS: f64 = {b:.3f};")


if __name__ == "__main__":
    main()
