#!/usr/bin/env bash
# Fuzzes the article readers (text, JSON, JSON arrays, JSONL), the extractor and the
# import-labels reader with crates/text/examples/fuzz.rs: mutated fixture articles, no nightly
# toolchain needed. Resumable: progress is kept in $OUT/progress.txt (default target/fuzz), so
# a run cut off (a session's end) continues where it stopped when started again. Failing inputs
# are written to $OUT/crash-<i>.bin or slow-<i>.bin (over 1 s).
#
#   scripts/fuzz.sh [INPUTS] [THREADS] [TARGET]
#       default 10,000,000 inputs on 2 threads, every target; TARGET (article, jsonl or labels)
#       fuzzes that reader alone, with its own progress file
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
INPUTS="${1:-10000000}"
THREADS="${2:-2}"
TARGET="${3:-}"
OUT="${OUT:-$ROOT/target/fuzz${TARGET:+-$TARGET}}"
mkdir -p "$OUT"
cd "$ROOT"
cargo build --release --quiet -p contra-text --example fuzz
cd "$OUT"
exec "$ROOT/target/release/examples/fuzz" --inputs "$INPUTS" --threads "$THREADS" --progress "$OUT/progress.txt" ${TARGET:+--target "$TARGET"}
