#!/usr/bin/env python3
"""The Gender Gap Tracker protocol restricted to contra's scope: speech-verb and "according to"
cues. PolNeAR's scorer (../shared/polnear/score_polnear.py) applies the protocol to every
attribution, beliefs and intentions included; the issue's target (F1 >= 88 at 0.3) is on the
speech and according-to ones.

    scripts/polnear-ggt.py BIN DATA_DIR [--coverage 0.3]

Gold: attributions whose cue_class is speech or according-to. Predictions: contra's
non-narrator claims, less those that overlap only gold of another cue class (a belief contra
also reports is neither right nor wrong here). Matching is the scorer's: one-to-one, greedy in
gold order, a claim matches when it covers more than `coverage` of the gold content. Prints
JSON: precision, recall, F1 and speaker accuracy on matches (the scorer's name rule).
"""
import argparse
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "polnear"))
try:
    import score_polnear as S  # the evaluation's own overlap and name rules
except ImportError:
    sys.exit("polnear-ggt: ../shared/polnear/score_polnear.py is missing: it comes with the project's shared/ folder")

SCOPE = ("speech", "according-to")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("contra")
    ap.add_argument("data_dir")
    ap.add_argument("--coverage", type=float, default=0.3)
    args = ap.parse_args()
    txts = sorted(glob.glob(os.path.join(args.data_dir, "*.txt")))
    if not txts:
        sys.exit("polnear-ggt: no .txt files in " + args.data_dir)
    ext = json.loads(subprocess.run([args.contra, "extract", "--format", "json", *txts],
                                    capture_output=True, text=True, check=True).stdout)
    stem_of = {a["id"]: os.path.splitext(os.path.basename(a["path"]))[0] for a in ext["articles"]}
    by = {}
    for c in ext["claims"]:
        if c["kind"] != "narrator":
            by.setdefault(stem_of[c["article"]], []).append(c)
    tp = fp = fn = spk_n = spk_ok = 0
    for t in txts:
        stem = os.path.splitext(os.path.basename(t))[0]
        gold_all = json.load(open(os.path.join(args.data_dir, stem + ".spans.json"), encoding="utf-8"))["attributions"]
        gold = [g for g in gold_all if g["cue_class"] in SCOPE]
        other = [g for g in gold_all if g["cue_class"] not in SCOPE]

        def overlaps(c, gs):
            return any(S.span_overlap([tuple(s) for s in g["content"]], (c["start"], c["end"])) > 0 for g in gs)

        remaining = [c for c in by.get(stem, []) if overlaps(c, gold) or not overlaps(c, other)]
        for g in gold:
            spans = [tuple(s) for s in g["content"]]
            glen = sum(e - s for s, e in spans) or 1
            best, bs = None, 0
            for c in remaining:
                s = S.span_overlap(spans, (c["start"], c["end"])) / glen
                if s > args.coverage and s > bs:
                    best, bs = c, s
            if best is None:
                fn += 1
                continue
            remaining.remove(best)
            tp += 1
            sp = g["speaker"]
            if sp and sp.lower() not in S.PRON and g["source_type"] != "none":
                spk_n += 1
                spk_ok += S.same(sp, best["speaker"])
        fp += len(remaining)
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    print(json.dumps({
        "coverage": args.coverage, "articles": len(txts),
        "precision": round(100 * p, 1), "recall": round(100 * r, 1),
        "f1": round(100 * 2 * p * r / (p + r), 1) if p + r else 0,
        "speaker_accuracy": round(100 * spk_ok / spk_n, 1) if spk_n else None,
        "tp": tp, "fp": fp, "fn": fn,
    }))


if __name__ == "__main__":
    main()
