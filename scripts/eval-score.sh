#!/usr/bin/env bash
# Flag precision and recall of `contra score` on our article sets (tests/fixtures/score/*/),
# including the seed set when ../shared/seed is present.
#   scripts/eval-score.sh [--format json] [--threshold X]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN=target/release/contra
[ -x "$BIN" ] || cargo build --release --quiet
exec "$BIN" eval-score "$@" tests/fixtures/score/*/
