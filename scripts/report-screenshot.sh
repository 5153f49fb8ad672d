#!/usr/bin/env bash
# Renders `contra report --html` in headless Chromium and saves a screenshot, so that a person
# (or a reviewer of a change) can see the page as users do.
#   scripts/report-screenshot.sh [OUT.png]     (default: report.png)
# Installs Debian's chromium when it is missing. Scores all our article sets into a scratch
# database, confirms one flag and rejects another, then renders.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="$(realpath -m "${1:-report.png}")"
BIN=target/release/contra
[ -x "$BIN" ] || cargo build --release --quiet
if ! command -v chromium >/dev/null 2>&1; then
  echo "report-screenshot: installing chromium (Debian)" >&2
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/report.db"
"$BIN" score --db "$DB" tests/fixtures/score/*/*.txt >/dev/null
ids=($("$BIN" flags --db "$DB" --format table 2>/dev/null | awk '{print $1}'))
"$BIN" label --db "$DB" "${ids[0]}" confirmed --note "Both quotes are on the record." --reviewer editor >/dev/null
"$BIN" label --db "$DB" "${ids[1]}" rejected --reviewer editor >/dev/null
"$BIN" report --db "$DB" --html "$WORK/report.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$WORK/profile" --hide-scrollbars --window-size=1200,1400 \
  --screenshot="$OUT" "file://$WORK/report.html" >/dev/null 2>&1
[ -s "$OUT" ] || { echo "report-screenshot: chromium wrote no screenshot" >&2; exit 1; }
echo "wrote $OUT"
