#!/usr/bin/env bash
# Corpus scoring at scale: builds corpora of 100, 300 and 1,000 news-style articles and scores
# each across itself with `contra score --corpus`, reporting pairs considered (all pairs of
# different speakers: quadratic), pairs scored after the topical prefilter (should grow about
# linearly), wall time and peak RSS, all in one run on this machine.
#
# The articles are generated from SNLI sentences (data/snli, installed by setup): each "story"
# is one SNLI premise with its hypotheses, told by different named speakers in 2-3 articles,
# so the corpus has clusters of related claims like a real news stream, and every claim is a
# real English sentence.
#   scripts/bench-corpus.sh [SIZES...]     (default: 100 300 1000)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SIZES=("${@:-100 300 1000}")
read -r -a SIZES <<< "${SIZES[*]}"
BIN=target/release/contra
SNLI=data/snli/snli_1.0_train_subset.jsonl
for f in "$BIN" "$SNLI"; do
  [ -e "$f" ] || { echo "bench-corpus: $f is missing: run scripts/setup.sh first" >&2; exit 1; }
done
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

python3 - "$OUT" "$SNLI" "${SIZES[@]}" <<'PYEOF'
import json, random, sys
out, snli, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3:]]
stories, cur = [], None
for line in open(snli, encoding="utf-8"):
    r = json.loads(line)
    if r.get("gold_label", "-") == "-":
        continue
    p, h = r["sentence1"].strip(), r["sentence2"].strip()
    if cur is None or cur[0] != p:
        cur = (p, [])
        stories.append(cur)
    cur[1].append(h)
stories = [s for s in stories if len(s[1]) >= 2]
firsts = ["John", "Mary", "Anna", "David", "Sarah", "Peter", "Laura", "James", "Elena", "Omar",
          "Grace", "Victor", "Helen", "Marcus", "Nadia", "Paul", "Rachel", "Samuel", "Julia", "Ivan"]
lasts = ["Abbott", "Baker", "Carver", "Dalton", "Ellis", "Fischer", "Garcia", "Hughes", "Ibarra",
         "Jensen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi",
         "Sato", "Tanaka", "Umarov", "Vargas", "Walsh", "Xu", "Yilmaz", "Zimmer"]
roles = ["spokesman", "mayor", "minister", "analyst", "director", "senator", "official"]
def sent(s):
    s = s.rstrip(" .")
    return s[0].upper() + s[1:] + "."
def clause(s):
    s = s.rstrip(" .")
    return s[0].lower() + s[1:]
for n in sizes:
    rng = random.Random(n)
    pool = rng.sample(stories, max(1, n * 6 // 5))
    # Each story appears in about 2.5 articles; each article tells 6 stories.
    slots = [s for s in pool for _ in range(3)]
    rng.shuffle(slots)
    with open(f"{out}/corpus_{n}.jsonl", "w", encoding="utf-8") as f:
        for i in range(n):
            paras = []
            for k in range(6):
                premise, hyps = slots[(i * 6 + k) % len(slots)]
                text = premise if rng.random() < 0.5 else rng.choice(hyps)
                name = f"{rng.choice(firsts)} {rng.choice(lasts)}{rng.randrange(40)}"
                role = rng.choice(roles)
                if rng.random() < 0.5:
                    paras.append(f"“{sent(text)}” said {role} {name}.")
                else:
                    paras.append(f"{role.capitalize()} {name} said that {clause(text)}.")
            f.write(json.dumps({"title": f"Report {i}", "text": "\n\n".join(paras)}) + "\n")
PYEOF

printf '%-9s %12s %11s %9s %8s %6s %9s %9s\n' articles considered scored per_art nli_in flags seconds rss_MiB
for n in "${SIZES[@]}"; do
  /usr/bin/time -f "%e %M" -o "$OUT/time_$n" "$BIN" score --corpus "$OUT/corpus_$n.jsonl" \
    --db "$OUT/bench_$n.db" --format json > "$OUT/out_$n.json" 2> "$OUT/err_$n" || { cat "$OUT/err_$n" >&2; exit 1; }
  python3 - "$n" "$OUT/out_$n.json" "$OUT/time_$n" <<'PYEOF'
import json, sys
n, out, t = int(sys.argv[1]), json.load(open(sys.argv[2])), open(sys.argv[3]).read().split()
s = out["stats"]
print(f"{n:<9} {s['pairs_considered']:>12} {s['pairs_scored']:>11} {s['pairs_scored'] / n:>9.2f} "
      f"{s['nli_inputs']:>8} {s['flags']:>6} {float(t[0]):>9.1f} {int(t[1]) / 1024:>9.0f}")
PYEOF
done
echo "per_art = pairs scored per article: flat means the prefilter keeps NLI work linear in corpus size."
