#!/usr/bin/env bash
# The test command (README, .ci/run): installs what the tests need (idempotent), then checks
# formatting and lints, runs every test of the workspace and a short fuzz run, and scores
# attribution on real news (PolNeAR train, ../shared/polnear) against its floors and the
# speakers of the FNC-1 training bodies (../shared/fnc1-train), and load-tests `contra serve`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup.sh --no-build
cargo fmt --all -- --check
cargo clippy --release --locked --workspace --all-targets -- -D warnings
cargo test --release --locked --workspace
# A short fuzz run (the long one is scripts/fuzz.sh): 100,000 mutated inputs, no panic.
OUT="$(mktemp -d)" scripts/fuzz.sh 100000
scripts/eval-polnear.sh target/release/contra
# No speaker is a function word or a sentence opener on real news (the FNC-1 training bodies).
scripts/fnc-speakers.py target/release/contra
# The rules of the one-identity check (scripts/eval-identity.sh runs it on the scored corpus).
python3 scripts/identity-check.py --self-test
# `contra serve` under load, short form (the full one: 400 articles, see README): 16 clients post
# 48 articles and label flags; then the same with the server killed (SIGKILL) mid-run.
python3 scripts/load-serve.py --articles 48 --clients 16 > /dev/null
python3 scripts/load-serve.py --articles 48 --clients 16 --kill-after 3 > /dev/null
