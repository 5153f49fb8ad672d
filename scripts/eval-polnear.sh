#!/usr/bin/env bash
# Attribution on real news: scores `contra extract` on the PolNeAR train split in ../shared/polnear
# with its own scorer, separately on the part we tune on and on our held-out part, and fails when
# a measure falls below its floor (scripts/polnear-floors.tsv), so a regression fails the build.
#
#   scripts/eval-polnear.sh [BIN]      BIN defaults to target/release/contra
#
# Held-out rule (fixed, chosen before any change): the articles sorted by file name, every fifth
# one (index % 5 == 4), 168 of 840. Everything else is the tuning part. Output: a table, and the
# scorer's JSON and failure samples under $OUT (default: a temp folder, printed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${1:-$ROOT/target/release/contra}"
PN="$ROOT/../shared/polnear"
if [ ! -f "$PN/score_polnear.py" ] || [ ! -d "$PN/train" ]; then
  echo "eval-polnear: $PN is missing: the PolNeAR train split and its scorer come with the project's shared/ folder" >&2
  exit 1
fi
[ -x "$BIN" ] || { echo "eval-polnear: no binary $BIN: run cargo build --release first" >&2; exit 1; }
OUT="${OUT:-$(mktemp -d)}"
mkdir -p "$OUT/tune" "$OUT/heldout"

i=0
for txt in $(ls "$PN"/train/*.txt | sort); do
  stem="${txt%.txt}"
  part=tune
  [ $((i % 5)) -eq 4 ] && part=heldout
  for f in "$stem".txt "$stem".spans.json "$stem".gold.jsonl; do
    [ -e "$f" ] && ln -sf "$f" "$OUT/$part/"
  done
  i=$((i + 1))
done

for part in tune heldout; do
  python3 "$PN/score_polnear.py" "$BIN" "$OUT/$part" --out "$OUT/$part-score" > /dev/null
  # The Gender Gap Tracker protocol on contra's scope (speech and according-to cues).
  python3 "$ROOT/scripts/polnear-ggt.py" "$BIN" "$OUT/$part" > "$OUT/$part-ggt.json"
done

python3 - "$OUT" "$ROOT/scripts/polnear-floors.tsv" <<'PY'
import json, sys
out, floors_file = sys.argv[1], sys.argv[2]

def measures(d):
    b = d["breakdown"]
    cues = [b["cue_class"][c] for c in ("speech", "according-to") if c in b["cue_class"]]
    n = sum(c["n"] for c in cues)
    return {
        "recall_speech_according_to": round(sum(c["n"] * (c["recall"] or 0) for c in cues) / n, 1),
        "recall_quotes": b["kind"]["quote"]["recall"],
        "recall_reported": b["kind"]["reported"]["recall"],
        "precision": d["precision_any_overlap"],
        "speaker_canonical": d["speaker_accuracy_canonical"],
        "speaker_named": b["source_type"]["name"]["speaker_acc"],
        "speaker_nominal": b["source_type"]["nominal"]["speaker_acc"],
        "speaker_pronoun": b["source_type"]["pronoun"]["speaker_acc"],
    }

got = {p: measures(json.load(open(f"{out}/{p}-score.json"))) for p in ("tune", "heldout")}
for p in got:
    got[p]["ggt_f1_speech_0.3"] = json.load(open(f"{out}/{p}-ggt.json"))["f1"]
floors = {}
for line in open(floors_file):
    line = line.strip()
    if line and not line.startswith("#"):
        part, name, value = line.split("\t")
        floors[(part, name)] = float(value)
print(f"{'measure':<28} {'tune':>7} {'held-out':>9}")
failed = []
for name in got["tune"]:
    print(f"{name:<28} {got['tune'][name]:>7} {got['heldout'][name]:>9}")
    for part in ("tune", "heldout"):
        floor = floors.get((part, name))
        if floor is not None and (got[part][name] or 0) < floor:
            failed.append(f"{part} {name}: {got[part][name]} < floor {floor}")
print(f"(scorer output in {out})")
if failed:
    print("eval-polnear: below the floor:\n  " + "\n  ".join(failed), file=sys.stderr)
    sys.exit(1)
print("eval-polnear: every measure at or above its floor")
PY
