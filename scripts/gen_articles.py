#!/usr/bin/env python3
"""Generated news articles for benchmarks and load tests (nothing from shared/): stories of four
articles each, with invented topic words, people and organisations who assert and deny the same
thing, a few KB each, as JSONL ({"title", "text", "published"}).

    scripts/gen_articles.py N ARCHIVE.jsonl NEW.jsonl

writes N articles to ARCHIVE.jsonl, and to NEW.jsonl 100 more: 25 stories of the archive
continued and 25 new ones, two articles each. The same N gives the same files.
"""
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
old = rng.sample(stories, min(25, len(stories)))
new = [story(10_000 + i) for i in range(25)]
with open(new_out, "w") as f:
    for s in old + new:
        for k in (4, 5):
            f.write(json.dumps(article(s, k, 330)) + "\n")
