#!/usr/bin/env bash
# NLI speed of contra's default model (contra-nli3, DeBERTa-v3-xsmall), in the same run, on the
# same SNLI test pairs and this machine:
#   - contra, `--precision int8` (the default) and `--precision fp32`, at 1 thread and at all cores;
#   - onnxruntime int8 with dynamic padding on the same model: contra-nli3 exported to ONNX
#     (scripts/export-onnx.py, in .venv-train) and quantised by onnxruntime's own
#     quantize_dynamic (scripts/onnx_reference.py quantize), length-sorted batches of 32 (its
#     fastest batch size here: 16 225, 32 225, 64 175 pairs/s). The issue's target: contra int8
#     >= 1.5x this at all cores.
# Every figure includes tokenisation; none includes model loading. Last, the seed article end to
# end (`contra score` into a fresh database, process start and model load included), best of 5:
# the issue's target is < 1.0 s.
#
#   scripts/bench-nli.sh [N_PAIRS]                 throughput table (default 1000 pairs)
#   scripts/bench-nli.sh --contended [N_PAIRS]     contra under contention (default 300 pairs):
#       wall time of `contra eval-nli` (model load included) idle, beside one busy core (a Python
#       busy loop), and two runs at once against the same two one after the other.
#       Targets: beside a busy core >= 45% of idle throughput; two at once <= 1.2x in sequence.
#
# The first run builds target/onnx/ (about a minute, and .venv-train via scripts/setup-train.sh
# when it is missing: about 2 minutes and 5 GB).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MODE=throughput
if [ "${1:-}" = "--contended" ]; then
  MODE=contended
  shift
fi
SNLI=data/snli/snli_1.0_test.jsonl
BIN=target/release/contra
MODEL=models/contra-nli3
CORES=$(nproc)
for f in "$SNLI" "$BIN" "$MODEL/model.safetensors" .venv/bin/python; do
  [ -e "$f" ] || { echo "bench-nli: $f is missing: run scripts/setup.sh first" >&2; exit 1; }
done

contra_pps() { # THREADS PRECISION N
  "$BIN" eval-nli --format json --limit "$3" --threads "$1" --precision "$2" "$SNLI" |
    python3 -c 'import json,sys; print(round(json.load(sys.stdin)["pairs_per_s"], 1))'
}

if [ "$MODE" = contended ]; then
  N="${1:-300}"
  run() { "$BIN" eval-nli --format json --limit "$N" --threads "$1" "$SNLI" > /dev/null; }
  wall() { local t0; t0=$(date +%s.%N); "$@"; python3 -c "import time; print(round(time.time() - $t0, 2))"; }
  both() { run "$1" & local a=$!; run "$1" & local b=$!; wait "$a" "$b"; }
  twice() { run "$1"; run "$1"; }
  echo "contra eval-nli --limit $N under contention, $CORES cores; seconds of wall time, model load included"
  printf '  %-10s %8s %12s %8s %12s %12s %8s\n' threads idle "busy core" kept "one by one" "two at once" ratio
  for t in "$CORES" 1; do
    run "$t" # warm the page cache
    idle=$(wall run "$t")
    python3 -c 'while True: pass' & busy=$!
    sleep 0.5
    contended=$(wall run "$t")
    kill "$busy"; wait "$busy" 2>/dev/null || true
    seq=$(wall twice "$t")
    par=$(wall both "$t")
    python3 - "$t" "$idle" "$contended" "$seq" "$par" <<'PY'
import sys
t, idle, busy, seq, par = sys.argv[1], *map(float, sys.argv[2:])
print(f"  {t:<10} {idle:8.2f} {busy:12.2f} {idle / busy:7.0%} {seq:12.2f} {par:12.2f} {par / seq:8.2f}")
PY
  done
  echo "  targets: kept >= 45%; ratio (two at once / one by one) <= 1.2"
  exit 0
fi

N="${1:-1000}"
# onnxruntime's int8 model of the default model, rebuilt when the model changes.
ONNX=target/onnx
if [ ! -f "$ONNX/contra-nli3-int8.onnx" ] || [ "$MODEL/model.safetensors" -nt "$ONNX/contra-nli3-int8.onnx" ]; then
  echo "bench-nli: exporting $MODEL to ONNX and quantising it with onnxruntime (once)" >&2
  scripts/setup-train.sh
  mkdir -p "$ONNX"
  .venv-train/bin/python scripts/export-onnx.py "$MODEL" "$ONNX/contra-nli3.onnx" 2> "$ONNX/export.log" ||
    { cat "$ONNX/export.log" >&2; exit 1; }
  .venv/bin/python scripts/onnx_reference.py quantize "$ONNX/contra-nli3.onnx" "$ONNX/contra-nli3-int8.onnx" 2>> "$ONNX/export.log"
fi
ort_pps() { # THREADS
  .venv/bin/python scripts/onnx_reference.py bench "$SNLI" --n "$N" --padding dynamic --threads "$1" \
    --batch 32 --model "$ONNX/contra-nli3-int8.onnx" --tokenizer "$MODEL/tokenizer.json" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["pairs_per_s"])'
}

results=()
for t in 1 "$CORES"; do
  results+=("$t" "$(contra_pps "$t" int8 "$N")" "$(contra_pps "$t" fp32 "$N")" "$(ort_pps "$t")")
done
python3 - "$N" "${results[@]}" <<'PY'
import json, sys
n, rest = sys.argv[1], sys.argv[2:]
rows = [rest[i:i + 4] for i in range(0, len(rest), 4)]
print(f"NLI throughput, pairs/s on the first {n} labelled SNLI test pairs, default model contra-nli3")
print(f"  {'threads':<8} {'contra int8':>11} {'contra fp32':>11} {'ort int8 dyn':>12} {'int8/ort':>9} {'int8/fp32':>9}")
out = {}
for t, i8, f32, ort in rows:
    i8, f32, ort = float(i8), float(f32), float(ort)
    print(f"  {t:<8} {i8:>11.1f} {f32:>11.1f} {ort:>12.1f} {i8 / ort:>9.2f} {i8 / f32:>9.2f}")
    out[t] = {"contra_int8": i8, "contra_fp32": f32, "onnxruntime_int8_dynamic": ort,
              "ratio_int8_vs_onnxruntime": round(i8 / ort, 2), "ratio_int8_vs_fp32": round(i8 / f32, 2)}
last = rows[-1]
ratio = float(last[1]) / float(last[3])
print(f"contra int8 / onnxruntime int8 dynamic at {last[0]} threads: {ratio:.2f} (target >= 1.5)")
print(json.dumps({"pairs": int(n), "by_threads": out, "ratio_vs_onnxruntime_int8_dynamic": round(ratio, 2)}))
PY

SEED="$ROOT/../shared/seed/000_32622a4886d3749e.txt"
if [ -f "$SEED" ]; then
  DB="$(mktemp -d)"
  best=$(for _ in 1 2 3 4 5; do
    rm -f "$DB/seed.db"
    t0=$(date +%s.%N)
    "$BIN" score "$SEED" --db "$DB/seed.db" > /dev/null 2>&1
    python3 -c "import time; print(round(time.time() - $t0, 2))"
  done | sort -n | head -n1)
  rm -rf "$DB"
  echo "seed article end to end (contra score, model load included), best of 5: $best s (target < 1.0)"
else
  echo "bench-nli: $SEED is missing: no seed timing" >&2
fi
