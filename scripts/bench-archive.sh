#!/usr/bin/env bash
# Archive mode at scale. Builds a store from N generated articles, then scores 100 new ones
# against it in one run, and compares that run with scoring the same 100 alone (an empty store),
# on the same machine in the same run. Target: the archive run within 1.5x of the run alone,
# peak RSS < 1 GiB, for N = 1,000 and N = 10,000.
#   scripts/bench-archive.sh [N...]     (default: 1000 10000)
#
# The articles are generated (nothing from shared/): stories of four articles each, with invented
# topic words, people and organisations who assert and deny the same thing. The store is built
# with --max-pairs-per-claim 0 (claims and the index, no model work), so building 10,000
# articles takes a minute, not hours; what is measured is the 100-article run, with the model.
# Half of the new articles continue stories in the archive, half start new ones, two articles
# per story.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="${BIN:-target/release/contra}"
[ -x "$BIN" ] || cargo build --release --quiet
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

gen() { # N_ARCHIVE OUT_ARCHIVE OUT_NEW
  python3 - "$@" <<'PYEOF'
import json, random, sys
n, archive_out, new_out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rng = random.Random(20261127)
firsts = [l.strip().capitalize() for l in open("crates/text/data/words/census_male_names.txt")
          if l.strip() and not l.startswith("#")][:400]
syll = ["ka", "ro", "vel", "mor", "tan", "dri", "sel", "quo", "bra", "nix", "lum", "ter", "gal",
        "fen", "zor", "pli", "hud", "wex", "cor", "san", "tiv", "mab", "rud", "kel"]
def word(k):
    return "".join(rng.choice(syll) for _ in range(k))
roles = ["mayor", "director", "spokesman", "minister", "chairman", "senator"]
def person():
    return f"{rng.choice(firsts)} {word(2).capitalize()}"
def story(i):
    return {"nouns": [word(3) for _ in range(3)], "org": word(2).capitalize() + " Authority",
            "people": [person() for _ in range(4)], "place": word(2).capitalize() + "ville",
            "year": 2000 + i % 25}
def article(s, k, day):
    a, b, c, d = s["people"]
    n1, n2, n3 = s["nouns"]
    paras = [
        f"{a}, the {rng.choice(roles)} of {s['place']}, said on Monday that the {n1} {n2} plan would cost {k + 3} million dollars.",
        f"“We will finish the {n1} {n2} before the winter,” {a.split()[1]} said.",
        f"{b}, a spokesman for the {s['org']}, denied that the {n1} {n2} plan would cost that much.",
        f"“There is no {n1} {n2} plan of that size,” said {b}.",
        f"The {n1} {n3} has been debated in {s['place']} since {s['year']}.",
        f"{c} told reporters that the {n3} {n2} would open in {rng.choice(['May', 'June', 'July'])}.",
        f"{d} said the {n3} {n2} would never open.",
    ]
    rng.shuffle(paras[4:])
    title = f"{s['place']} {n1} {n2} dispute, part {k + 1}"
    return {"title": title, "text": "\n\n".join(paras), "published": f"2026-{1 + day // 28:02d}-{1 + day % 28:02d}"}
stories = [story(i) for i in range(n // 4)]
with open(archive_out, "w") as f:
    for i in range(n):
        f.write(json.dumps(article(stories[i // 4], i % 4, i % 300)) + "\n")
# 100 new articles: 25 stories from the archive continued, 25 new stories, two articles each.
old = rng.sample(stories, 25)
new = [story(10_000 + i) for i in range(25)]
with open(new_out, "w") as f:
    for s in old + new:
        for k in (4, 5):
            f.write(json.dumps(article(s, k, 330)) + "\n")
PYEOF
}

run() { # DB LOG ARGS...
  local db="$1" log="$2"; shift 2
  /usr/bin/time -v "$BIN" score --db "$db" --format jsonl "$@" > /dev/null 2> "$log"
}
secs() { awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$1"; }
rss_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }

printf '%-8s %-12s %-10s %-10s %-8s %-12s %-12s %s\n' N build_s alone_s archive_s ratio alone_MB archive_MB "archive claims considered / pairs scored"
for n in "${SIZES[@]}"; do
  gen "$n" "$WORK/archive.jsonl" "$WORK/new.jsonl"
  rm -f "$WORK"/*.db*
  start=$(date +%s.%N)
  "$BIN" score --db "$WORK/archive.db" --corpus "$WORK/archive.jsonl" --max-pairs-per-claim 0 \
    --format jsonl > /dev/null 2> "$WORK/build.log"
  build=$(echo "$(date +%s.%N) - $start" | bc)
  run "$WORK/alone.db" "$WORK/alone.log" --corpus "$WORK/new.jsonl"
  run "$WORK/archive.db" "$WORK/archive.log" --corpus "$WORK/new.jsonl"
  a=$(secs "$WORK/alone.log"); b=$(secs "$WORK/archive.log")
  stats=$(grep -o 'archive: [0-9]* claims of earlier runs considered, [0-9]* pairs' "$WORK/archive.log" \
    | sed 's/archive: //; s/ claims of earlier runs considered, / \/ /; s/ pairs//')
  printf '%-8s %-12.1f %-10s %-10s %-8s %-12s %-12s %s\n' "$n" "$build" "$a" "$b" \
    "$(echo "scale=2; $b / $a" | bc)" "$(rss_mb "$WORK/alone.log")" "$(rss_mb "$WORK/archive.log")" "${stats:-none}"
  grep -h '^contra: [0-9]* articles' "$WORK/alone.log" "$WORK/archive.log" | sed 's/^/    /'
done
