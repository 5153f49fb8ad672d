#!/usr/bin/env python3
"""One identity per person: checks contra's flags for two sides that are one source.

    scripts/identity-check.py EXTRACT.json FLAGS.jsonl [--sample 100] [--seed 7]
    scripts/identity-check.py --self-test

EXTRACT.json is `contra extract --format json` over the corpus that was scored; FLAGS.jsonl is
`contra score --format jsonl` over the same corpus (claim ids match because extraction is
deterministic). A flag is a **self-pair** when its two sides are, by rules written here
independently of contra's own resolution:
- **same-name**: two people whose names agree once titles are dropped: the same surname with the
  same or a missing first name ("Rep. Hunter" / "Duncan D. Hunter"), or an alias in common;
- **description-of-name**: an unnamed or titled person ("California congressman") in the same
  article as a named person whose role ends with the description's head noun;
- **spokesperson-and-organisation**: a person whose role is a spokesperson's ("DHS spokeswoman
  Marsha Catron") against the organisation they speak for, by its name or its acronym
  ("Department of Homeland Security");
- **outlet-and-source**: a news outlet credited with the same words as the person it quotes
  (word overlap of the two texts >= 0.6, texts of six words or more);
- **same-words**: any two speakers credited with near-identical text (overlap >= 0.8), which
  means one sentence was attributed twice.
The last two rules compare only texts of the same polarity: a denial, or a text with a negation
word (crates/text/data/words/negation_cues.txt), against one that asserts the same words is a
dispute, not a sentence credited twice.
Prints counts over all flags and over a fixed-seed sample, and every self-pair in the sample.
Exit 1 when the sample holds any, so a script can assert the target (none in 100).
"""
import argparse
import json
import os
import random
import re
import sys

TITLES = set(
    "mr mrs ms dr sen senator rep representative gov governor president father fr rev reverend "
    "the a an former gen general lt col sgt capt prof professor judge justice minister secretary "
    "chairman chairwoman spokesman spokeswoman mayor sir dame lord lady republican democratic "
    "democrat congressman congresswoman pope sheriff officer detective jr sr ii iii".split()
)
OUTLET_WORDS = set(
    "post times news tmz cnn bbc reuters ap afp journal daily mail guardian telegraph fox nbc abc "
    "cbs msnbc herald tribune gazette magazine press independent mirror sun express radio tv "
    "television newspaper telegram standard observer chronicle bloomberg buzzfeed gawker vice "
    "huffington politico axios slate salon wired verge mashable".split()
)


def toks(s):
    s = (s or "").lower().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    return re.findall(r"[a-z0-9][a-z0-9'\-]*", s)


def name_parts(s):
    return [t for t in toks(s) if t not in TITLES and len(t) > 1 or t.isdigit()]


def same_name(a, b):
    """Two person names that denote one person: same surname, first names equal, or one missing,
    or one an initial of the other."""
    pa, pb = name_parts(a["name"]), name_parts(b["name"])
    if not pa or not pb or pa[-1] != pb[-1]:
        return False
    fa, fb = pa[:-1], pb[:-1]
    if not fa or not fb:
        return True
    return fa[0] == fb[0] or fa[0][0] == fb[0][0] and (len(fa[0]) == 1 or len(fb[0]) == 1)


def aliases(s):
    """A speaker's names of two words or more: a bare surname may be anyone's."""
    names = (name_parts(x) for x in [s["name"], *s.get("aliases", [])])
    return {" ".join(n) for n in names if len(n) >= 2}


def is_outlet(s):
    return s["kind"] == "org" and any(t in OUTLET_WORDS for t in toks(s["name"]))


def word_list(name):
    """One of the project's word lists (crates/text/data/words/NAME), its entries as a set."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "crates", "text", "data", "words", name)
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


# Function words that any two sentences share ("Seidel was merely checking his phone" and
# "Seidel was writing his name in the snow" share only these and a name): the project's list.
STOPWORDS = word_list("stopwords.txt")
NEGATIONS = word_list("negation_cues.txt")


def polarity(claim):
    """Whether a claim asserts (True) or denies (False) what its words say: a denial act flips
    it, and so does a negation word ("has not banned ..., and there is no policy")."""
    negated = any(t in NEGATIONS or t.endswith("n't") for t in toks(claim["text"]))
    return (claim["kind"] == "denial") == negated


def overlap(x, y):
    """Share of the shorter text's content words found in the other; 0 for texts under six
    content words, which share words by chance ("The Islamic State militants")."""
    a = set(toks(x)) - STOPWORDS
    b = set(toks(y)) - STOPWORDS
    if min(len(a), len(b)) < 6:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def named(s):
    """A person known by name, not a description ("Hollywood reporter", "the ceo")."""
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", s["name"])
    return s["kind"] == "person" and bool(words) and words[-1][0].isupper()


def is_description(s):
    """A person known only by a role: "California congressman", "the spokesman"."""
    role = (s.get("role") or "").lower()
    return s["kind"] in ("person", "anonymous") and role and s["name"].lower().endswith(role)


def described(desc, named, same_article):
    """A role-only person ("California congressman") and a named person holding that role, in
    one article."""
    if not same_article or not is_description(desc) or named["kind"] != "person":
        return False
    if is_description(named) or not named.get("role"):
        return False
    return named["role"].lower().split()[-1] == desc["role"].lower().split()[-1]


SPOKESPEOPLE = ("spokesman", "spokeswoman", "spokesperson", "press secretary")


def initials(name):
    """'Department of Homeland Security' -> 'dhs': the capitalised words' first letters."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][A-Za-z'’\-]*", name) if w[0].isupper()).lower()


def speaks_for(p, o):
    """A spokesperson and the organisation they speak for."""
    role, org = (p.get("role") or "").lower(), (p.get("org") or "")
    if p["kind"] != "person" or o["kind"] != "org" or not org or not any(w in role for w in SPOKESPEOPLE):
        return False
    same = " ".join(toks(org)) == " ".join(toks(o["name"]))
    acronym = initials(o["name"]) == org.lower() or initials(org) == o["name"].lower()
    return same or (len(org) > 1 and acronym)


def why(flag, claims, speakers):
    a, b = claims[flag["a"]], claims[flag["b"]]
    sa, sb = speakers[a["speaker_id"]], speakers[b["speaker_id"]]
    same_article = a["article"] == b["article"]
    if named(sa) and named(sb) and (same_name(sa, sb) or aliases(sa) & aliases(sb)):
        return "same-name"
    for d, n in ((sa, sb), (sb, sa)):
        if described(d, n, same_article):
            return "description-of-name"
    if speaks_for(sa, sb) or speaks_for(sb, sa):
        return "spokesperson-and-organisation"
    # Words in common say one sentence was credited twice only when both sides say it the same
    # way: "Elon University has banned the term" / "... has not banned the use" is a dispute.
    text_overlap = overlap(a["text"], b["text"]) if polarity(a) == polarity(b) else 0.0
    if is_outlet(sa) != is_outlet(sb) and text_overlap >= 0.6:
        return "outlet-and-source"
    if text_overlap >= 0.8:
        return "same-words"
    return None


def self_test():
    """The rules on made-up sides and claims (`--self-test`, run by scripts/test.sh)."""
    def person(i, name, kind="person", role=None):
        return {"id": i, "name": name, "kind": kind, "role": role, "aliases": []}

    speakers = {s["id"]: s for s in [
        person("s1", "Rep. Hunter"), person("s2", "Duncan D. Hunter"), person("s3", "Washington Post", "org"),
        person("s4", "Richard Walton"), person("s5", "Dan Anderson"), person("s6", "Ana Ruiz"),
        dict(person("s7", "Marsha Catron", role="spokeswoman"), org="DHS"),
        person("s8", "Department of Homeland Security", "org"),
        dict(person("s9", "Jeh Johnson", role="secretary"), org="DHS"),
    ]}
    banned = "Elon University has banned the term freshman because students said it is sexist"
    claims = {c["id"]: c for c in [
        {"id": "c1", "speaker_id": "s1", "article": "a", "kind": "reported", "text": "the wall will cost far less than the experts say"},
        {"id": "c2", "speaker_id": "s2", "article": "b", "kind": "reported", "text": "the border will be safe without a wall at all"},
        {"id": "c3", "speaker_id": "s3", "article": "a", "kind": "quote", "text": banned},
        {"id": "c4", "speaker_id": "s4", "article": "a", "kind": "quote", "text": banned},
        {"id": "c5", "speaker_id": "s5", "article": "b", "kind": "reported", "text": banned.replace("has banned", "has not banned")},
        {"id": "c6", "speaker_id": "s6", "article": "c", "kind": "denial", "text": banned},
        {"id": "c7", "speaker_id": "s6", "article": "c", "kind": "quote", "text": banned},
        {"id": "c8", "speaker_id": "s7", "article": "d", "kind": "quote", "text": "the report is false"},
        {"id": "c9", "speaker_id": "s8", "article": "e", "kind": "reported", "text": "four men were caught at the border"},
        {"id": "c10", "speaker_id": "s9", "article": "d", "kind": "quote", "text": "no one was caught"},
    ]}
    cases = [("c1", "c2", "same-name"), ("c3", "c4", "outlet-and-source"), ("c4", "c7", "same-words"),
             ("c4", "c5", None), ("c4", "c6", None), ("c5", "c6", "same-words"),
             ("c8", "c9", "spokesperson-and-organisation"), ("c9", "c8", "spokesperson-and-organisation"),
             ("c10", "c9", None)]
    for a, b, want in cases:
        got = why({"a": a, "b": b}, claims, speakers)
        assert got == want, f"{a} / {b}: {got!r}, want {want!r}"
    print(f"identity-check: self-test passed ({len(cases)} cases)")


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("extract")
    ap.add_argument("flags")
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    ext = json.load(open(args.extract, encoding="utf-8"))
    claims = {c["id"]: c for c in ext["claims"]}
    speakers = {s["id"]: s for s in ext["speakers"]}
    flags = [json.loads(line) for line in open(args.flags, encoding="utf-8") if line.strip()]
    missing = [f for f in flags if f["a"] not in claims or f["b"] not in claims]
    if missing:
        sys.exit(f"identity-check: {len(missing)} flags name claims that {args.extract} lacks: extract and score must read the same corpus with the same binary")
    verdicts = [(f, why(f, claims, speakers)) for f in flags]
    rng = random.Random(args.seed)
    sample = rng.sample(verdicts, min(args.sample, len(verdicts)))

    def count(vs):
        out = {}
        for _, w in vs:
            if w:
                out[w] = out.get(w, 0) + 1
        return out

    bad_all, bad_sample = count(verdicts), count(sample)
    print(json.dumps({
        "flags": len(flags),
        "self_pairs": sum(bad_all.values()),
        "self_pairs_by_rule": bad_all,
        "sample": len(sample),
        "sample_seed": args.seed,
        "sample_self_pairs": sum(bad_sample.values()),
        "sample_self_pairs_by_rule": bad_sample,
    }, indent=1))
    for f, w in verdicts:
        if w:
            print(f"{w}: {f['a_speaker']!r} vs {f['b_speaker']!r}  ({f['a']} / {f['b']})  {f['a_text'][:70]!r} / {f['b_text'][:70]!r}")
    sys.exit(1 if sum(bad_sample.values()) else 0)


if __name__ == "__main__":
    main()
