#!/usr/bin/env bash
# Real text at scale: the first N bodies of the FNC-1 training set (../shared/fnc1-train/
# train_bodies.csv, file order), one article each, scored as one corpus with `contra score
# --corpus` and the default model, into a fresh database (no NLI cache to lean on). Reports wall
# time, peak RSS, claims, pairs the model scored and flags.
#
#   scripts/bench-fnc-corpus.sh [N] [-- extra contra score flags]     (default N: 1000)
#
# Targets (issue 12, at N = 1000 on the 2-core machine): < 150 s and peak RSS < 1 GiB.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N="${1:-1000}"
shift || true
[ "${1:-}" = "--" ] && shift
BODIES="$ROOT/../shared/fnc1-train/train_bodies.csv"
BIN=target/release/contra
[ -f "$BODIES" ] || { echo "bench-fnc-corpus: $BODIES is missing: the FNC-1 training bodies come with the project's shared/ folder" >&2; exit 1; }
[ -x "$BIN" ] || { echo "bench-fnc-corpus: no $BIN: run scripts/setup.sh first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-fnc-corpus: /usr/bin/time is missing (Debian: apt-get install time)" >&2; exit 1; }
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

python3 - "$BODIES" "$N" "$OUT/bodies.jsonl" <<'PY'
import csv, json, sys
bodies, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
k = 0
with open(out, "w", encoding="utf-8") as f:
    for row in csv.DictReader(open(bodies, encoding="utf-8")):
        if k == n:
            break
        f.write(json.dumps({"title": f"FNC-1 body {row['Body ID']}", "text": row["articleBody"]}) + "\n")
        k += 1
print(f"bench-fnc-corpus: the first {k} training bodies", file=sys.stderr)
PY

/usr/bin/time -f '%e %M' -o "$OUT/time" \
  "$BIN" score --corpus "$OUT/bodies.jsonl" --format json --db "$OUT/contra.db" "$@" > "$OUT/score.json" 2> "$OUT/stderr" ||
  { status=$?; cat "$OUT/stderr" >&2; [ "$status" = 3 ] || exit "$status"; }
python3 - "$OUT" "$N" <<'PY'
import json, sys
out, n = sys.argv[1], int(sys.argv[2])
secs, kb = open(f"{out}/time").read().split()
score = json.load(open(f"{out}/score.json"))
stats = score["stats"]
rss = int(kb) / 1024
print(f"FNC-1 training bodies, first {n}, as one corpus: {float(secs):.1f} s wall, peak RSS {rss:.0f} MiB")
print(f"  claims {stats['claims']}, pairs scored {stats['pairs_scored']}, flags {stats['flags']}")
print(f"  targets (N = 1000): < 150 s, < 1024 MiB")
print(json.dumps({"bodies": n, "seconds": float(secs), "peak_rss_mib": round(rss), "claims": stats["claims"],
                  "pairs_scored": stats["pairs_scored"], "flags": stats["flags"]}))
PY
