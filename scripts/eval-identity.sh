#!/usr/bin/env bash
# One identity per person, on real news: scores FNC-1 training bodies (../shared/fnc1-train) as
# one corpus with the real model, then checks every flag for two sides that are one source (the
# same person under two names, an outlet and the person it quotes) with
# scripts/identity-check.py, and fails when its fixed-seed sample of 100 flags holds any.
#
#   scripts/eval-identity.sh [BIN] [EVERY]
#
# BIN defaults to target/release/contra. EVERY (default 8) picks the bodies by a fixed rule:
# Body ID % EVERY == 0 (217 of 1,683 bodies at 8); EVERY=1 scores all of them (slow on CPU:
# the model scores every candidate pair). Output (corpus, extraction, flags, the check's
# report) goes to $OUT, default a temp folder, printed at the end; the NLI cache in
# $OUT/contra.db makes a rerun fast.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${1:-$ROOT/target/release/contra}"
EVERY="${2:-8}"
BODIES="$ROOT/../shared/fnc1-train/train_bodies.csv"
[ -f "$BODIES" ] || { echo "eval-identity: $BODIES is missing: the FNC-1 training bodies come with the project's shared/ folder" >&2; exit 1; }
[ -x "$BIN" ] || { echo "eval-identity: no binary $BIN: run cargo build --release first" >&2; exit 1; }
OUT="${OUT:-$(mktemp -d)}"
mkdir -p "$OUT"

python3 - "$BODIES" "$EVERY" "$OUT/bodies.jsonl" <<'PY'
import csv, json, sys
bodies, every, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
n = 0
with open(out, "w", encoding="utf-8") as f:
    for row in csv.DictReader(open(bodies, encoding="utf-8")):
        text = row["articleBody"].strip()
        if int(row["Body ID"]) % every == 0 and text:
            f.write(json.dumps({"title": f"FNC-1 body {row['Body ID']}", "text": text}) + "\n")
            n += 1
print(f"eval-identity: {n} bodies (Body ID % {every} == 0)", file=sys.stderr)
PY

"$BIN" extract --format json "$OUT/bodies.jsonl" > "$OUT/extract.json"
"$BIN" score --corpus "$OUT/bodies.jsonl" --format jsonl --db "$OUT/contra.db" > "$OUT/flags.jsonl"
status=0
python3 "$ROOT/scripts/identity-check.py" "$OUT/extract.json" "$OUT/flags.jsonl" | tee "$OUT/identity.txt" || status=$?
echo "(output in $OUT)"
exit $status
