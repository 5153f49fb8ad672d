#!/usr/bin/env python3
"""FNC-1 headline against body, scored the way `contra score` scores articles.

For each related (headline, body) row of the held-out FNC-1 stories (scripts/fnc_split.py),
the headline is one article (its claims: the whole headline, or parts of it when contra splits
off a credit) and the body another; `contra eval-score
--include-narrator` scores each pair of articles on its own (one model load for all). A row
counts as predicted "disagree" when any flag has the headline on one side.

Reports, at the real class mix: "disagree" against "agree" + "discuss" (P, R, F1) and the share
of agree, discuss and disagree rows flagged. With --sample K, only disagree rows and one in K of
the agree and discuss rows (fixed by a hash of headline and body) are scored, and those are
counted K times.

contra runs once at threshold 0, so every scored pair comes back with both directions' scores;
a row is flagged when a pair with the headline reaches --at (default: the model's own threshold
from its config.json) by contra's rule (the score). --rules also prints other ways of combining
the two directions, at several thresholds, for choosing a rule: choose on `--part train` (stories
used in training), report on `--part heldout`.

Usage: scripts/eval-fnc.py [--part heldout|train] [--bin target/release/contra] [--model DIR] [--precision P]
                           [--sample 4] [--at X] [--min-similarity S] [--rules] [--json OUT]
Needs ../shared/fnc1-train (fails when it is missing).
"""
import argparse
import csv
import hashlib
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fnc_split  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/contra"))
    ap.add_argument("--fnc", default=os.path.join(ROOT, "../shared/fnc1-train"))
    ap.add_argument("--model", default=os.path.join(ROOT, "models/contra-nli3"))
    ap.add_argument("--precision", choices=["int8", "fp32"], help="the model's arithmetic (default: contra's own)")
    ap.add_argument("--at", type=float, help="flag threshold (default: the model's own)")
    ap.add_argument("--part", choices=["heldout", "train"], default="heldout")
    ap.add_argument("--rules", action="store_true")
    ap.add_argument("--sample", type=int, default=1)
    ap.add_argument("--min-similarity", type=float, help="contra's topical prefilter (default: contra's own)")
    ap.add_argument("--json", help="write per-row results here")
    args = ap.parse_args()
    if not os.path.isdir(args.fnc):
        sys.exit(f"eval-fnc: {args.fnc} is missing: this evaluation needs the FNC-1 training split")

    rows = fnc_split.read_stances(args.fnc)
    held = fnc_split.heldout_bodies(rows)
    with open(os.path.join(args.fnc, "train_bodies.csv"), encoding="utf-8") as f:
        bodies = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(f)}

    def kept(r):
        if r["Stance"] == "disagree" or args.sample <= 1:
            return True
        h = hashlib.sha256((r["Headline"] + "\0" + r["Body ID"]).encode()).digest()
        return h[0] % args.sample == 0

    if args.at is None:
        with open(os.path.join(args.model, "config.json"), encoding="utf-8") as f:
            args.at = json.load(f).get("contra", {}).get("threshold", 0.5)
    part = lambda r: (int(r["Body ID"]) in held) == (args.part == "heldout")
    todo = [r for r in rows if part(r) and r["Stance"] != "unrelated" and kept(r)]
    with tempfile.TemporaryDirectory() as tmp:
        sets = []
        for i, r in enumerate(todo):
            d = os.path.join(tmp, f"{i:05d}")
            os.makedirs(d)
            with open(os.path.join(d, "headline.json"), "w", encoding="utf-8") as f:
                json.dump({"title": "headline", "text": r["Headline"]}, f)
            with open(os.path.join(d, "body.json"), "w", encoding="utf-8") as f:
                json.dump({"title": "body", "text": bodies[int(r["Body ID"])]}, f)
            # An empty second fragment matches any claim: a "true positive" is a flag with the
            # headline on one side.
            with open(os.path.join(d, "gold.jsonl"), "w", encoding="utf-8") as f:
                f.write(json.dumps({"a": r["Headline"], "b": "", "flag": True}) + "\n")
            sets.append(d)
        cmd = [args.bin, "eval-score", "--format", "json", "--include-narrator", "--threshold", "0", "--model", args.model]
        if args.precision:
            cmd += ["--precision", args.precision]
        if args.min_similarity is not None:
            cmd += ["--min-similarity", str(args.min_similarity)]
        out = subprocess.run(cmd + sets, check=True, capture_output=True, text=True).stdout
    report = json.loads(out)
    # Per row: both directions' scores of every pair that has the headline on one side.
    # A claim of the headline is the headline or a part of it: contra may split off a credit
    # ("...: Attorney") or a second clause. Quote marks and spaces are normalised first.
    def norm(t):
        for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'")):
            t = t.replace(a, b)
        return " ".join(t.split())

    def of_headline(claim, head):
        c = norm(claim)
        return c == head or (len(c) >= 15 and c in head)

    pairs = {}
    for s in report["sets"]:
        head = norm(todo[int(s["set"])]["Headline"])
        pairs[int(s["set"])] = [f for f in s["flag_scores"] if of_headline(f["a"], head) or of_headline(f["b"], head)]

    def evaluate(flag_of):
        weight = lambda r: 1 if r["Stance"] == "disagree" else max(1, args.sample)
        count = {c: 0 for c in ("agree", "discuss", "disagree")}
        hit = dict(count)
        for i, r in enumerate(todo):
            count[r["Stance"]] += weight(r)
            hit[r["Stance"]] += weight(r) * any(flag_of(f) for f in pairs.get(i, []))
        tp, fp = hit["disagree"], hit["agree"] + hit["discuss"]
        p = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / count["disagree"] if count["disagree"] else 0.0
        f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
        return {
            "disagree": {"precision": round(p, 4), "recall": round(rec, 4), "f1": round(f1, 4)},
            "flagged_share": {c: round(hit[c] / count[c], 4) if count[c] else None for c in count},
            "rows_at_real_mix": count,
        }

    summary = {"part": args.part, "rows_scored": len(todo), "sample": args.sample, "threshold": args.at}
    summary.update(evaluate(lambda f: f["score"] >= args.at))
    print(json.dumps(summary, indent=2))
    if args.rules:
        both = lambda f: f["p_ab"] > 0 and f["p_ba"] > 0
        rules = {
            "min": lambda f, t: min(f["p_ab"], f["p_ba"]) >= t,
            "max, both > 0": lambda f, t: both(f) and max(f["p_ab"], f["p_ba"]) >= t,
            "mean, both > 0": lambda f, t: both(f) and (f["p_ab"] + f["p_ba"]) / 2 >= t,
        }
        print("rule              t     P      R      F1     agree  discuss disagree flagged")
        for name, rule in rules.items():
            for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
                m = evaluate(lambda f: rule(f, t))
                d, s = m["disagree"], m["flagged_share"]
                print(f"{name:<16} {t:.1f}  {d['precision']:.3f}  {d['recall']:.3f}  {d['f1']:.3f}  {s['agree']:.3f}  {s['discuss']:.3f}   {s['disagree']:.3f}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            for i, r in enumerate(todo):
                f.write(json.dumps({"body": int(r["Body ID"]), "headline": r["Headline"], "stance": r["Stance"], "pairs": pairs.get(i, [])}) + "\n")


if __name__ == "__main__":
    main()
