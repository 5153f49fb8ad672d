#!/usr/bin/env bash
# A big newsroom store: builds a store of N flags (default 1,000,000) between claims of 10,000
# articles by direct inserts (schema from a real `contra score` run first), with 5,000 review
# decisions, then times what people run on it and reports peak memory (/usr/bin/time -v):
#   contra flags --limit 50 --format json      target < 1 s
#   contra flags --format jsonl (all rows)     target RSS < 300 MB
#   contra report --html (top 500)             target < 5 s
#   contra review (opening; --keys q)          target < 1 s
#   contra review (a text filter, every flag)  no target; reported
#   contra calibrate --dry-run                 target < 10 s
# and, for each, the most space SQLite's temp files took at once (scripts/peak-temp.py), against
# the target of at most 2x the database's size.
#
#   scripts/bench-store.sh [N]        BIN=path/to/contra to time another build
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-1000000}"
BIN="${BIN:-$ROOT/target/release/contra}"
[ -x "$BIN" ] || { echo "bench-store: no binary $BIN: run cargo build --release first" >&2; exit 1; }
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
DB="$OUT/big.db"

# The schema (and model id) from a real run on one fixture set.
"$BIN" score --db "$DB" "$ROOT"/tests/fixtures/score/09_strike/*.txt > /dev/null 2>&1

python3 - "$DB" "$N" <<'PY'
import random, sqlite3, sys, time
db, n = sys.argv[1], int(sys.argv[2])
t0 = time.time()
c = sqlite3.connect(db)
c.execute("PRAGMA journal_mode=WAL")
c.execute("PRAGMA synchronous=OFF")
rng = random.Random(1)
articles = 10_000
words = "minister said the plan would fail because the budget was cut and the union denied it".split()
body = lambda i: " ".join(rng.choice(words) for _ in range(1500)) + f" ({i})"
c.executemany("INSERT OR IGNORE INTO articles (id, path, title, text) VALUES (?, ?, ?, ?)",
              ((f"bench{i}", f"bench/{i}.txt", f"Article {i}", body(i)) for i in range(articles)))
claims = 2 * articles
c.executemany("INSERT OR IGNORE INTO claims (id, article, speaker, text, kind, start, end) VALUES (?, ?, ?, ?, 'reported', 10, 60)",
              ((f"bc{i}", f"bench{i % articles}", f"Speaker {i % 997}", f"claim {i} " + " ".join(rng.choice(words) for _ in range(12)))
               for i in range(claims)))
c.executemany("""INSERT OR IGNORE INTO flags (id, a, b, label, score, p_ab, p_ba, similarity, model,
                 thresholds_version, first_run, last_run, probe)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'bench', 0, 1, 1, ?)""",
              ((f"bf{i:07d}", f"bc{rng.randrange(claims)}", f"bc{rng.randrange(claims)}",
                "contradiction" if i % 3 else "denial", s, s, s, 0.5, int(i % 50 == 0))
               for i, s in ((i, rng.random()) for i in range(n))))
c.executemany("""INSERT INTO reviews (flag, decision, reviewer, at, label, score, p_ab, p_ba, similarity,
                 probe, model, thresholds_version)
                 SELECT id, ?, 'bench', ?, label, score, p_ab, p_ba, similarity, probe, model, 0 FROM flags WHERE id = ?""",
              (("confirmed" if rng.random() < 0.6 else "rejected", f"{i}.0", f"bf{i * (n // 5000):07d}") for i in range(5000)))
c.commit()
print(f"store: {n} flags, {claims} claims, {articles} articles, 5000 reviews in {time.time() - t0:.0f} s", file=sys.stderr)
PY
DB_BYTES=$(stat -c %s "$DB")
echo "database: $((DB_BYTES / 1000000)) MB"

measure() {  # name, command...
  local name="$1"; shift
  python3 "$ROOT/scripts/peak-temp.py" /usr/bin/time -v "$@" > /dev/null 2> "$OUT/time.txt" || { cat "$OUT/time.txt" >&2; echo "$name: FAILED" >&2; exit 1; }
  local wall rss temp
  wall=$(grep "Elapsed (wall clock)" "$OUT/time.txt" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$OUT/time.txt" | awk '{printf "%.0f", $NF / 1024}')
  temp=$(grep "^peak temp:" "$OUT/time.txt" | awk '{print $3}')
  printf '%-40s %10s  %6s MB  %s\n' "$name" "$wall" "$rss" "$(awk -v t="$temp" -v d="$DB_BYTES" 'BEGIN { printf "%8.1f MB  %5.3fx", t / 1e6, t / d }')"
  if [ "$temp" -gt $((2 * DB_BYTES)) ]; then echo "$name: temp space above 2x the database" >&2; exit 1; fi
}
printf '%-40s %10s  %9s  %11s  %6s\n' "command" "wall" "peak RSS" "peak temp" "x db"
measure "flags --limit 50 --format json" "$BIN" flags --db "$DB" --limit 50 --format json
measure "flags --format jsonl (all)" "$BIN" flags --db "$DB" --format jsonl
measure "report --html (top 500)" "$BIN" report --db "$DB" --html "$OUT/r.html"
measure "review (open, --keys q)" "$BIN" review --db "$DB" --keys q
# A filter is searched over every flag in the store, not the 5,000 the screen loads.
measure "review (filter by text, all flags)" "$BIN" review --db "$DB" --keys "$(printf '/no such speaker\nq')"
measure "calibrate --dry-run" "$BIN" calibrate --db "$DB" --dry-run --force
# Every flag is grouped into disputes (speakers and topic terms of both claims).
measure "disputes --format json" "$BIN" disputes --db "$DB" --format json
