#!/usr/bin/env python3
"""How often the NLI model reads a negation alone as a contradiction.

    python3 scripts/negation-probe.py [--bin target/release/contra] [--model DIR] [-n 1500]

From SNLI test pairs (data/snli, fetched by setup) whose hypothesis has an auxiliary, it negates
the hypothesis with scripts/train-nli3.py's rule ("was" -> "was not", "did not" -> "did"):
- a neutral pair stays neutral (if P says nothing about H, it says nothing about "not H");
- an entailed hypothesis negated contradicts its premise.
It scores the pairs with `contra nli --pairs` and prints, for each kind, the share whose argmax is
contradiction and the share contra would flag (P(contradiction) - P(entailment) >= the model's
threshold, one direction). A model that has learnt "negation means contradiction" from SNLI's
annotation artefacts calls many of the neutral ones contradictions. The pairs are chosen by a
fixed seed; they are test pairs, so the probe is for measuring, never for training.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def negate(sentence):
    # The training script's rule, loaded without importing torch.
    import re

    aux = r"(is|are|was|were|has|have|had|will|would|can|could|should|did|does|do)"
    m = re.search(rf"\b{aux}(?: not|n't)\b", sentence)
    if m:
        return sentence[: m.start()] + m.group(1) + sentence[m.end() :]
    m = re.search(rf"\b{aux}\b(?! not\b)", sentence)
    if m:
        return sentence[: m.end()] + " not" + sentence[m.end() :]
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/contra"))
    ap.add_argument("--model", help="model directory (default: contra's default model)")
    ap.add_argument("--snli", default=os.path.join(ROOT, "data/snli/snli_1.0_test.jsonl"))
    ap.add_argument("--threshold", type=float, default=0.8)
    ap.add_argument("-n", type=int, default=1500)
    args = ap.parse_args()
    if not os.path.exists(args.snli):
        sys.exit(f"negation-probe: {args.snli} is missing: run scripts/setup.sh (it fetches SNLI)")
    rows = []
    with open(args.snli, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["gold_label"] in ("neutral", "entailment"):
                neg = negate(r["sentence2"])
                if neg:
                    gold = "neutral" if r["gold_label"] == "neutral" else "contradiction"
                    rows.append((r["sentence1"], neg, gold))
    random.Random(1).shuffle(rows)
    rows = rows[: args.n]
    with tempfile.TemporaryDirectory() as tmp:
        pairs = os.path.join(tmp, "pairs.jsonl")
        with open(pairs, "w", encoding="utf-8") as f:
            for p, h, _ in rows:
                f.write(json.dumps({"premise": p, "hypothesis": h}) + "\n")
        cmd = [args.bin, "nli", "--pairs", pairs] + (["--model", args.model] if args.model else [])
        out = subprocess.run(cmd, capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f"negation-probe: {' '.join(cmd)} failed:\n{out.stderr}")
    probs = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    for gold in ("neutral", "contradiction"):
        got = [p for (_, _, g), p in zip(rows, probs) if g == gold]
        called = sum(max(p, key=p.get) == "contradiction" for p in got) / len(got)
        flagged = sum(p["contradiction"] - p.get("entailment", 0.0) >= args.threshold for p in got) / len(got)
        what = "neutral, negated" if gold == "neutral" else "entailed, negated"
        print(f"{what:18} {len(got):5} pairs  called contradiction {called:.3f}  flagged {flagged:.3f}")


if __name__ == "__main__":
    main()
