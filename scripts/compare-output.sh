#!/usr/bin/env bash
# Shows that two builds of contra print the same bytes: extract, score (JSON and table, a fixed
# database path), flags (JSON and table) and report, on every fixture article and the seed.
#
#   scripts/compare-output.sh OLD_BIN_DIR [NEW_BIN_DIR]
#
# OLD_BIN_DIR and NEW_BIN_DIR hold a `contra` binary (NEW defaults to target/release). For the
# build before a change:  git worktree add /tmp/old HEAD~1 && (cd /tmp/old && cargo build
# --release), with .deps, models and data linked from this checkout. Only `stats.seconds` (a
# timing) is blanked before comparing. Exit status: 0 identical, 1 a difference (printed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OLD="${1:?usage: scripts/compare-output.sh OLD_BIN_DIR [NEW_BIN_DIR]}"
NEW="${2:-$ROOT/target/release}"
SEED="$ROOT/../shared/seed/000_32622a4886d3749e.txt"
[ -f "$SEED" ] || { echo "compare-output: $SEED is missing" >&2; exit 2; }
for b in "$OLD/contra" "$NEW/contra"; do
  [ -x "$b" ] || { echo "compare-output: no binary $b" >&2; exit 2; }
done

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/contra.db" # the same path for both builds

# Inputs: each score fixture set, the extraction fixtures as one corpus, and the seed.
mapfile -t EXTRACT < <(ls "$ROOT"/tests/fixtures/extract/*.txt)
SETS=()
for d in "$ROOT"/tests/fixtures/score/*/; do
  files=$(compgen -G "$d*.txt" | tr '\n' ' ' || true)
  [ -n "$files" ] && SETS+=("$files")
done

run_all() { # bin out
  local bin="$1" out="$2"
  mkdir -p "$out"
  rm -f "$DB" "$DB-wal" "$DB-shm"
  "$bin" extract --format json "${EXTRACT[@]}" "$SEED" > "$out/extract.json"
  "$bin" extract "${EXTRACT[@]}" "$SEED" > "$out/extract.txt" 2>&1
  local i=0
  for set in "${SETS[@]}"; do
    # shellcheck disable=SC2086
    "$bin" score --db "$DB" --format json $set 2> "$out/score-$i.err" | sed -E 's/"seconds":[0-9.eE+-]+/"seconds":0/' > "$out/score-$i.json"
    # shellcheck disable=SC2086
    "$bin" score --db "$DB" $set > "$out/score-$i.txt" 2>/dev/null
    i=$((i + 1))
  done
  "$bin" score --db "$DB" --format json "$SEED" 2> "$out/score-seed.err" | sed -E 's/"seconds":[0-9.eE+-]+/"seconds":0/' > "$out/score-seed.json"
  "$bin" score --db "$DB" --format jsonl --min-similarity 0.1 "${EXTRACT[@]}" > "$out/score-corpus.jsonl" 2> "$out/score-corpus.err"
  "$bin" flags --db "$DB" --format json --probes > "$out/flags.json"
  "$bin" flags --db "$DB" > "$out/flags.txt" 2>&1
  "$bin" report --db "$DB" --html "$out/report.html" --probes 2>/dev/null
}

run_all "$OLD/contra" "$WORK/old"
run_all "$NEW/contra" "$WORK/new"
n=$(ls "$WORK/old" | wc -l)
if diff -r "$WORK/old" "$WORK/new"; then
  echo "compare-output: identical ($n outputs, stdout and stderr: extract, ${#SETS[@]} score sets, seed, corpus, flags, report)"
else
  echo "compare-output: outputs differ (above)" >&2
  exit 1
fi
