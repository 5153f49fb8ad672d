#!/usr/bin/env bash
# Archive mode at scale. Builds a store from N generated articles, then scores 100 new ones
# against it in one run, and compares that run with scoring the same 100 alone (an empty store),
# on the same machine in the same run. Target: the archive run within 1.5x of the run alone,
# peak RSS < 1 GiB, for N = 1,000 and N = 10,000.
#   scripts/bench-archive.sh [N...]     (default: 1000 10000)
#
# The articles are generated (nothing from shared/): stories of four articles each, with invented
# topic words, people and organisations who assert and deny the same thing. The store is built
# with --max-pairs-per-claim 0 (claims and the index, no model work), so building 10,000
# articles takes a minute, not hours; what is measured is the 100-article run, with the model.
# Half of the new articles continue stories in the archive, half start new ones, two articles
# per story.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="${BIN:-target/release/contra}"
[ -x "$BIN" ] || cargo build --release --quiet
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

gen() { # N_ARCHIVE OUT_ARCHIVE OUT_NEW
  python3 scripts/gen_articles.py "$@"
}

run() { # DB LOG ARGS...
  local db="$1" log="$2"; shift 2
  /usr/bin/time -v "$BIN" score --db "$db" --format jsonl "$@" > /dev/null 2> "$log"
}
secs() { awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$1"; }
rss_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }

printf '%-8s %-12s %-10s %-10s %-8s %-12s %-12s %s\n' N build_s alone_s archive_s ratio alone_MB archive_MB "archive claims considered / pairs scored"
for n in "${SIZES[@]}"; do
  gen "$n" "$WORK/archive.jsonl" "$WORK/new.jsonl"
  rm -f "$WORK"/*.db*
  start=$(date +%s.%N)
  "$BIN" score --db "$WORK/archive.db" --corpus "$WORK/archive.jsonl" --max-pairs-per-claim 0 \
    --format jsonl > /dev/null 2> "$WORK/build.log"
  build=$(echo "$(date +%s.%N) - $start" | bc)
  run "$WORK/alone.db" "$WORK/alone.log" --corpus "$WORK/new.jsonl"
  run "$WORK/archive.db" "$WORK/archive.log" --corpus "$WORK/new.jsonl"
  a=$(secs "$WORK/alone.log"); b=$(secs "$WORK/archive.log")
  stats=$(grep -o 'archive: [0-9]* claims of earlier runs considered, [0-9]* pairs' "$WORK/archive.log" \
    | sed 's/archive: //; s/ claims of earlier runs considered, / \/ /; s/ pairs//')
  printf '%-8s %-12.1f %-10s %-10s %-8s %-12s %-12s %s\n' "$n" "$build" "$a" "$b" \
    "$(echo "scale=2; $b / $a" | bc)" "$(rss_mb "$WORK/alone.log")" "$(rss_mb "$WORK/archive.log")" "${stats:-none}"
  grep -h '^contra: [0-9]* articles' "$WORK/alone.log" "$WORK/archive.log" | sed 's/^/    /'
done
