#!/usr/bin/env python3
"""Speakers on real news must be a person, an organisation or a described group, never a
function word or a sentence opener ("However", "In", "As"). Extracts the 1,683 FNC-1 training
bodies (../shared/fnc1-train/train_bodies.csv) with contra and fails when any speaker is a single
capitalised word from the project's lists of function words and sentence openers.

    scripts/fnc-speakers.py [BIN]      BIN defaults to target/release/contra
"""
import collections
import csv
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BODIES = os.path.join(ROOT, "..", "shared", "fnc1-train", "train_bodies.csv")
WORDS = os.path.join(ROOT, "crates", "text", "data", "words")
LISTS = ["stopwords", "sentence_openers", "determiners", "pronouns", "subordinators", "prepositions"]


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "release", "contra")
    if not os.path.isfile(BODIES):
        sys.exit(f"fnc-speakers: {BODIES} is missing: the FNC-1 training bodies come with the project's shared/ folder")
    if not os.access(binary, os.X_OK):
        sys.exit(f"fnc-speakers: no binary {binary}: run cargo build --release first")
    function_words = set()
    for name in LISTS:
        with open(os.path.join(WORDS, name + ".txt"), encoding="utf-8") as f:
            function_words |= {l.strip() for l in f if l.strip() and not l.startswith("#")}
    with open(BODIES, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bodies.jsonl")
        with open(path, "w", encoding="utf-8") as out:
            for r in rows:
                out.write(json.dumps({"title": f"FNC-1 body {r['Body ID']}", "text": r["articleBody"]}) + "\n")
        run = subprocess.run([binary, "extract", "--format", "json", path], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"fnc-speakers: contra extract failed: {run.stderr.strip()}")
    claims = json.loads(run.stdout)["claims"]
    speakers = collections.Counter(c["speaker"] for c in claims if c["kind"] != "narrator")
    # Acronyms are names ("WHO", "TIME"): only a word written as a word counts.
    bad = {
        s: n
        for s, n in speakers.items()
        if " " not in s and s[:1].isupper() and not (len(s) > 1 and s.isupper()) and s.lower() in function_words
    }
    print(f"fnc-speakers: {len(rows)} bodies, {len(claims)} claims, {len(speakers)} speakers, "
          f"{sum(bad.values())} claims by a function word")
    if bad:
        for s, n in sorted(bad.items(), key=lambda x: -x[1]):
            print(f"  {s!r}: {n}")
        sys.exit(1)


if __name__ == "__main__":
    main()
