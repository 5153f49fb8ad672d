#!/usr/bin/env bash
# Claim-extraction quality: claim recall, speaker accuracy and misattributions on our fixture
# articles (tests/fixtures/extract/*.txt) plus the seed article in ../shared/seed when present.
#   scripts/eval-extraction.sh [--format json]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN=target/release/contra
[ -x "$BIN" ] || cargo build --release --quiet
files=(tests/fixtures/extract/*.txt)
for seed in ../shared/seed/*.txt; do
  [ -f "$seed" ] && files+=("$seed")
done
exec "$BIN" eval-extract --gold-dir tests/fixtures/extract "$@" "${files[@]}"
