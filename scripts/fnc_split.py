"""The fixed FNC-1 train split contra holds out, shared by training and evaluation scripts.

A story (an Emergent claim) appears as many bodies and many headlines, and one headline is
paired with several bodies. Holding out single bodies would leave their headlines in training,
so the unit held out is the story: the bodies and headlines connected through related
(non-"unrelated") stance rows. A story is held out when its smallest Body ID is divisible by 10
(22 of 191 stories, 265 of 1,683 bodies).
"""
import csv
import os


def read_stances(fnc_dir):
    with open(os.path.join(fnc_dir, "train_stances.csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def heldout_bodies(rows):
    """Body IDs (as ints) of the held-out stories."""
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    related = [r for r in rows if r["Stance"] != "unrelated"]
    for r in related:
        parent[find("B" + r["Body ID"])] = find("H" + r["Headline"])
    stories = {}
    for r in rows:
        stories.setdefault(find("B" + r["Body ID"]), set()).add(int(r["Body ID"]))
    return {b for bodies in stories.values() if min(bodies) % 10 == 0 for b in bodies}
