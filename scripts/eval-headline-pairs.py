#!/usr/bin/env python3
"""Headline against headline: an Emergent-like check of the NLI model on FNC-1's held-out stories.

Emergent (Ferreira & Vlachos 2016) pairs a claim with news headlines that are for, against or
observing it; the hidden evaluation of issue 11 scores such pairs with `contra nli --pairs`.
Emergent itself is never used here. FNC-1 is built from Emergent's articles, so two headlines
paired with one FNC-1 body give pairs of the same shape: a headline that agrees with the body
against one that disagrees ("against"), two that agree ("for"), one that agrees against one that
discusses ("observing"). Only the held-out stories of scripts/fnc_split.py are used (the model's
training saw the other stories' headline pairs). Labels are weak: FNC-1's stances are toward a
body, not toward each other, and a doubting headline ("NASA raises doubts about ...") is
"against" here, which plain NLI reads as neutral.

Each pair is scored in both directions with `contra nli --pairs`. Reported for every label, at
the pairs' own mix (at most --per-label of each, fixed seed):
  - contra's rule: P(contradiction) - P(entailment) >= t in both directions (the verdict's rule);
  - the issue's first protocol: max over the directions of P(contradiction) >= t.

Usage: scripts/eval-headline-pairs.py [--bin target/release/contra] [--model DIR]
                                      [--per-label 300] [--part heldout|train]
Needs ../shared/fnc1-train (fails when it is missing).
"""
import argparse
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fnc_split  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABEL = {
    ("agree", "disagree"): "against",
    ("disagree", "agree"): "against",
    ("agree", "agree"): "for",
    ("agree", "discuss"): "observing",
    ("discuss", "agree"): "observing",
}


def headline_pairs(fnc_dir, part, per_label, seed=7):
    rows = fnc_split.read_stances(fnc_dir)
    held = fnc_split.heldout_bodies(rows)
    by_body = {}
    for r in rows:
        if r["Stance"] == "unrelated" or (int(r["Body ID"]) in held) != (part == "heldout"):
            continue
        by_body.setdefault(int(r["Body ID"]), []).append((r["Headline"], r["Stance"]))
    seen, by_label = set(), {}
    for body in sorted(by_body):
        for (a, sa), (b, sb) in itertools.combinations(by_body[body], 2):
            key = tuple(sorted((a, b)))
            if a == b or key in seen or (sa, sb) not in LABEL:
                continue
            seen.add(key)
            by_label.setdefault(LABEL[(sa, sb)], []).append((a, b))
    rng = random.Random(seed)
    out = []
    for label in sorted(by_label):
        pairs = by_label[label]
        rng.shuffle(pairs)
        out += [(a, b, label) for a, b in pairs[:per_label]]
    return out, {k: len(v) for k, v in by_label.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/contra"))
    ap.add_argument("--fnc", default=os.path.join(ROOT, "..", "shared", "fnc1-train"))
    ap.add_argument("--model", default=None)
    ap.add_argument("--part", choices=["heldout", "train"], default="heldout")
    ap.add_argument("--per-label", type=int, default=300)
    args = ap.parse_args()
    if not os.path.isfile(os.path.join(args.fnc, "train_stances.csv")):
        sys.exit(f"eval-headline-pairs: {args.fnc}/train_stances.csv is missing: FNC-1 comes with the shared/ folder")
    pairs, available = headline_pairs(args.fnc, args.part, args.per_label)
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "pairs.jsonl")
        with open(inp, "w", encoding="utf-8") as f:
            for a, b, _ in pairs:
                f.write(json.dumps({"premise": a, "hypothesis": b}) + "\n")
                f.write(json.dumps({"premise": b, "hypothesis": a}) + "\n")
        cmd = [args.bin, "nli", "--pairs", inp]
        if args.model:
            cmd += ["--model", args.model]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    probs = [json.loads(line) for line in out.splitlines() if line.strip()]
    three_way = "entailment" in probs[0]
    conflict = lambda p: p["contradiction"] - (p.get("entailment", 0.0) if three_way else 0.0)
    rules = {"contra: min(P(c)-P(e)) both ways": lambda ab, ba, t: min(conflict(ab), conflict(ba)) >= t,
             "first protocol: max P(c)": lambda ab, ba, t: max(ab["contradiction"], ba["contradiction"]) >= t}
    report = {"part": args.part, "pairs_available": available, "pairs_scored": {}, "rules": {}}
    for _, _, label in pairs:
        report["pairs_scored"][label] = report["pairs_scored"].get(label, 0) + 1
    for name, rule in rules.items():
        for t in (0.5, 0.8):
            flagged = {k: 0 for k in report["pairs_scored"]}
            for i, (_, _, label) in enumerate(pairs):
                flagged[label] += rule(probs[2 * i], probs[2 * i + 1], t)
            tp = flagged.get("against", 0)
            fp = sum(v for k, v in flagged.items() if k != "against")
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / report["pairs_scored"].get("against", 1)
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            share = {k: round(flagged[k] / n, 4) for k, n in report["pairs_scored"].items()}
            report["rules"][f"{name} >= {t}"] = {"precision": round(p, 4), "recall": round(r, 4),
                                                  "f1": round(f1, 4), "flagged_share": share}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
